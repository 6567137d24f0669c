package dev.folio.maven.internal;

import dev.folio.model.Language;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PdfClassifiersTest {

    @Test
    void classifiesEachPdfByTheLanguageItsNameEndsWith() {
        Site site = site("en", "he", "zh", "zh-Hant");
        Path en = Path.of("/t/guide-en.pdf");
        Path he = Path.of("/t/he.pdf");
        Path zhHant = Path.of("/t/guide-zh-Hant.pdf");

        assertThat(new PdfClassifiers(site).classify(List.of(en, Path.of("/t/site/index.html"), zhHant, he)))
                .containsExactly(Map.entry(en, "en"), Map.entry(zhHant, "zh-Hant"), Map.entry(he, "he"));
    }

    @Test
    void aPartOfASplitGuideIsItsLanguageAndPartSoThatClassifiersStayUnique() {
        Site site = site("en", "zh", "zh-Hant");
        Path enBasics = Path.of("/t/privacy-guides-en-basics.pdf");
        Path enTools = Path.of("/t/privacy-guides-en-tools-and-services.pdf");
        Path zhHantBasics = Path.of("/t/privacy-guides-zh-Hant-basics.pdf");
        Path enWhole = Path.of("/t/privacy-guides-en.pdf");

        assertThat(new PdfClassifiers(site).classify(List.of(enBasics, enTools, zhHantBasics, enWhole)))
                .containsOnly(Map.entry(enBasics, "en-basics"), Map.entry(enTools, "en-tools-and-services"),
                        Map.entry(zhHantBasics, "zh-Hant-basics"), Map.entry(enWhole, "en"));
    }

    @Test
    void aOneLanguageSitesOnlyPdfIsThatLanguage() {
        Path pdf = Path.of("/t/My Guide.pdf");

        assertThat(new PdfClassifiers(site("nl")).classify(List.of(pdf))).containsExactly(Map.entry(pdf, "nl"));
    }

    @Test
    void leavesOutPdfsOfNoKnownLanguage() {
        assertThat(new PdfClassifiers(site("en", "he")).classify(List.of(Path.of("/t/guide.pdf")))).isEmpty();
    }

    private static Site site(String... codes) {
        List<Language> languages = java.util.Arrays.stream(codes).map(Language::of).toList();
        SiteConfig config = new SiteConfig("Guide", "", "", "", languages, codes[0], UrlStyle.DIRECTORY, Map.of());
        return new Site(config, List.of(), Map.of(), Map.of(), List.of());
    }
}
