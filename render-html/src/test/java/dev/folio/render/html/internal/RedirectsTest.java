package dev.folio.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.LanguageLayout;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Document;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** mkdocs-redirects' pages: where they go in every language, and what a hostile map cannot do. */
class RedirectsTest {

    @Test
    void everyLanguageGetsTheRedirectInItsFolderPointingAtItsOwnPage() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Redirects.RedirectPage> pages = redirects(site(Map.of("old.md", "guide/new.md#part"),
                LanguageLayout.PRIMARY_AT_ROOT), diagnostics);
        assertThat(pages).extracting(Redirects.RedirectPage::path).containsExactly("old/index.html", "fr/old/index.html");
        assertThat(Jsoup.parse(pages.get(1).html()).selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("../guide/new/#part");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void aRedirectOutOfTheSiteOrToAPageThatIsNotThereIsAWarningAndNoFile() {
        Map<String, Object> maps = new LinkedHashMap<>();
        maps.put("../../outside.md", "guide/new.md");
        maps.put("notes.txt", "guide/new.md");
        maps.put("gone.md", "nowhere.md");
        maps.put("index.md", "guide/new.md");
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Redirects.RedirectPage> pages = redirects(site(maps, LanguageLayout.ALL_IN_FOLDERS), diagnostics);
        assertThat(pages).extracting(Redirects.RedirectPage::path).containsExactly("en/index.html", "fr/index.html");
        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("redirect-invalid", "redirect-invalid",
                "redirect-broken", "redirect-replaces-page");
    }

    @Test
    void aTargetWithMarkupCannotLeaveItsAttributeOrScript() {
        String html = Redirects.html("https://example.org/?q=\"><script>alert(1)</script>&amp;x=1&y=2");
        var page = Jsoup.parse(html);
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/?q=\"><script>alert(1)</script>&amp;x=1&y=2");
        assertThat(page.selectFirst("script").data()).doesNotContain("</script").contains("\\\"");
    }

    private static List<Redirects.RedirectPage> redirects(Site site, List<Diagnostic> diagnostics) {
        return Redirects.of(site, new PublishedPages(site), diagnostics);
    }

    private static Site site(Map<String, Object> maps, LanguageLayout layout) {
        Map<String, Object> raw = Map.of("plugins", List.of(Map.of("redirects", Map.of("redirect_maps", maps))));
        SiteConfig config = new SiteConfig("Site", "", "", "", List.of(Language.of("en"), Language.of("fr")), "en",
                UrlStyle.DIRECTORY, raw, layout);
        return new Site(config, List.of(page("index.md"), page("guide/new.md")), Map.of(), Map.of(), List.of());
    }

    private static Page page(String sourcePath) {
        return new Page(sourcePath, "docs/" + sourcePath, UrlStyle.DIRECTORY.outputPath(sourcePath), "en",
                FrontMatter.EMPTY, Document.EMPTY, List.of());
    }
}
