package dev.folio.render.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.folio.model.Language;
import dev.folio.model.LanguageLayout;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;

/** Where the site and each language's pages are published. */
class SiteUrlsTest {

    @Test
    void aSiteBuiltOncePerLanguageHasItsRootAboveTheLanguagesFolder() {
        SiteConfig config = config("https://www.example.org/en/", LanguageLayout.ALL_IN_FOLDERS);
        assertThat(SiteUrls.root(config)).contains("https://www.example.org/");
        assertThat(SiteUrls.of(config, "fr", "basics/why/")).contains("https://www.example.org/fr/basics/why/");
        assertThat(SiteUrls.of(config, "en", "name with spaces/")).contains("https://www.example.org/en/name%20with%20spaces/");
    }

    @Test
    void aSiteWithItsPrimaryLanguageAtTheRootKeepsItsUrlWhateverItEndsIn() {
        SiteConfig config = config("https://example.org/docs", LanguageLayout.PRIMARY_AT_ROOT);
        assertThat(SiteUrls.root(config)).contains("https://example.org/docs/");
        assertThat(SiteUrls.rootPath(config)).contains("/docs/");
        assertThat(SiteUrls.of(config, "en", "a/")).contains("https://example.org/docs/a/");
        assertThat(SiteUrls.of(config, "fr", "a/")).contains("https://example.org/docs/fr/a/");
        assertThat(SiteUrls.of(config("", LanguageLayout.PRIMARY_AT_ROOT), "en", "a/")).isEmpty();
    }

    private static SiteConfig config(String url, LanguageLayout layout) {
        return new SiteConfig("Site", url, "", "", List.of(Language.of("en"), Language.of("fr")), "en", UrlStyle.DIRECTORY,
                Map.of(), layout);
    }
}
