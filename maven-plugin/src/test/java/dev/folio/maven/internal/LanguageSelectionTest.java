package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePosition;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Document;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageSelectionTest {

    private final Site site = new Site(
            new SiteConfig("Guide", "", "", "", List.of(Language.of("en"), Language.of("he"), Language.of("nl")), "en",
                    UrlStyle.DIRECTORY, Map.of()),
            List.of(page("en", "index.md"), page("he", "i18n/he/index.md"), page("nl", "i18n/nl/index.md")),
            Map.of(), Map.of(), List.of());

    @Test
    void keepsTheNamedLanguagesAndAlwaysTheDefaultOne() {
        Site selected = new LanguageSelection(List.of("he")).apply(site);

        assertThat(selected.languages()).extracting(Language::code).containsExactly("en", "he");
        assertThat(selected.pages()).extracting(Page::language).containsExactly("en", "he");
    }

    @Test
    void leavesOutTheDiagnosticsOfTheLanguagesLeftOut() {
        LanguageSelection selection = new LanguageSelection(List.of("he"));

        assertThat(selection.diagnostics(site, selection.apply(site))).extracting(d -> d.position().file())
                .containsExactly("i18n/he/index.md", "index.md");
    }

    @Test
    void emptyMeansEveryLanguage() {
        assertThat(new LanguageSelection(List.of()).apply(site)).isSameAs(site);
    }

    @Test
    void refusesALanguageTheSiteDoesNotHaveNamingTheOnesItHas() {
        assertThatThrownBy(() -> new LanguageSelection(List.of("he", "fr")).apply(site))
                .hasMessage("languages: the site has no language fr; it has en, he, nl");
    }

    private static Page page(String language, String file) {
        return new Page("index.md", file, "index.html", language, FrontMatter.EMPTY, Document.EMPTY,
                List.of(Diagnostic.warning("x", "problem", SourcePosition.of(file, 1, 1))));
    }
}
