package dev.folio.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.LanguageLayout;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** What a translation's folder publishes where it has no page of its own. */
class PublishedPagesTest {

    @Test
    void aTranslationShowsTheDefaultLanguagesPageWhereItHasNone() {
        PublishedPages published = new PublishedPages(site(Map.of()));
        assertThat(published.exists("fr", "only-english.md")).isTrue();
        assertThat(published.fallbacks(Language.of("fr"))).extracting(Page::sourcePath).containsExactly("only-english.md");
    }

    @Test
    void withFallbackToDefaultOffAsMkdocsStaticI18nSaysItHasOnlyItsOwnPages() {
        Map<String, Object> i18n = Map.of("fallback_to_default", false, "languages", List.of());
        PublishedPages published = new PublishedPages(site(Map.of("plugins", List.of(Map.of("i18n", i18n)))));
        assertThat(published.exists("fr", "only-english.md")).isFalse();
        assertThat(published.exists("en", "only-english.md")).isTrue();
        assertThat(published.page("fr", "only-english.md")).isEmpty();
        assertThat(published.fallbacks(Language.of("fr"))).isEmpty();
    }

    private static Site site(Map<String, Object> raw) {
        SiteConfig config = new SiteConfig("Site", "", "", "", List.of(Language.of("en"), Language.of("fr")), "en",
                UrlStyle.DIRECTORY, raw, LanguageLayout.PRIMARY_AT_ROOT);
        return new Site(config, List.of(page("en", "index.md"), page("en", "only-english.md"), page("fr", "index.md")),
                Map.of(), Map.of(), List.of());
    }

    private static Page page(String language, String sourcePath) {
        return new Page(sourcePath, "docs/" + sourcePath, UrlStyle.DIRECTORY.outputPath(sourcePath), language,
                FrontMatter.EMPTY, Document.EMPTY, List.of());
    }
}
