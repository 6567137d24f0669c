package dev.folio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.LanguageLayout;
import dev.folio.model.Page;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Document;
import dev.folio.model.doc.LinkTarget;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** Where a guide's links lead: inside the guide, or to the page on its language's site. */
class AnchorsTest {

    @Test
    void aPageNotInTheGuideIsLinkedOnTheGuidesLanguagesSite() {
        SiteConfig config = new SiteConfig("Guides", "https://www.example.org/en/", "", "",
                List.of(Language.of("en"), Language.of("fr")), "en", UrlStyle.DIRECTORY, Map.of(),
                LanguageLayout.ALL_IN_FOLDERS);
        Page home = page("index.md");
        Anchors anchors = new Anchors(List.of(home), config, "fr");
        assertThat(anchors.href(home, new LinkTarget.Internal("other.md#part", "other.md", "part")))
                .contains("https://www.example.org/fr/other/#part");
        assertThat(anchors.href(home, new LinkTarget.Internal("img/a b.png", "img/a b.png", "")))
                .as("a file, where the default language keeps it").contains("https://www.example.org/en/img/a%20b.png");
        assertThat(anchors.onlineUrl(home)).contains("https://www.example.org/fr/");
        assertThat(anchors.href(home, new LinkTarget.Internal("index.md", "index.md", ""))).hasValueSatisfying(
                href -> assertThat(href).startsWith("#"));
    }

    @Test
    void aSiteWithoutUrlHasNoLinkOutOfTheGuide() {
        Page home = page("index.md");
        Anchors anchors = new Anchors(List.of(home), SiteConfig.named("Guides", "en"), "en");
        assertThat(anchors.href(home, new LinkTarget.Internal("other.md", "other.md", ""))).isEmpty();
        assertThat(anchors.onlineUrl(home)).isEmpty();
    }

    private static Page page(String sourcePath) {
        return new Page(sourcePath, "docs/" + sourcePath, UrlStyle.DIRECTORY.outputPath(sourcePath), "fr",
                FrontMatter.EMPTY, Document.EMPTY, List.of());
    }
}
