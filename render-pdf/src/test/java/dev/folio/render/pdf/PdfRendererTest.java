package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small English, Hebrew and Traditional Chinese project, parsed and printed, then read back with PDFBox. */
class PdfRendererTest {
    static final Instant BUILD_TIME = Instant.parse("2026-11-23T10:15:30Z");

    @TempDir
    static Path project;
    static Site site;
    static Diagnostics diagnostics = new Diagnostics();
    static RenderResult result;

    @BeforeAll
    static void printTheGuides() throws IOException {
        site = SampleSite.load(project);
        result = render(project.resolve("target"), diagnostics);
    }

    static RenderResult render(Path output, Diagnostics sink) throws IOException {
        return new PdfRenderer().render(site, RenderContext.builder(project, output).buildTime(BUILD_TIME).options(Map.of()).diagnostics(sink).build());
    }

    static PDDocument guide(String language) {
        return PdfGuides.open(project.resolve("target/folio-" + language + ".pdf"));
    }

    @Test
    void writesOneGuidePerLanguageNamedAfterTheSite() {
        assertThat(result.format()).isEqualTo("pdf");
        assertThat(result.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("folio-en.pdf", "folio-he.pdf", "folio-zh-Hant.pdf");
        assertThat(result.files()).allMatch(Files::isRegularFile);
        assertThat(project.resolve("target")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void printsCoverThenContentsThenEachPageOnItsOwnPage() throws IOException {
        try (PDDocument en = guide("en")) {
            assertThat(en.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(PdfGuides.text(en, 1)).contains("Folio", "English", "November 23, 2026")
                    .doesNotContain("Contents");
            assertThat(PdfGuides.text(en, 2)).contains("Contents", "Welcome to Folio", "Getting started");
            assertThat(PdfGuides.text(en, 3)).contains("Welcome to Folio", "printable");
            int guidePage = PdfGuides.pageWith(en, "Add the plugin to your build");
            assertThat(guidePage).isGreaterThan(3);
            assertThat(PdfGuides.text(en, guidePage)).doesNotContain("Folio publishes");
        }
    }

    @Test
    void extractsTheTextOfEveryScriptWithoutMissingGlyphs() throws IOException {
        try (PDDocument he = guide("he"); PDDocument zh = guide("zh-Hant")) {
            String hebrew = PdfGuides.text(he);
            assertThat(hebrew).contains("תכונות", "טבלאות", "עברית", "בנובמבר", "2026").doesNotContain("#");
            String chinese = PdfGuides.text(zh);
            assertThat(chinese).contains("表格、清單和提示框都能正確顯示繁體中文", "目錄", "2026年11月23日")
                    .doesNotContain("#");
        }
        assertThat(diagnostics.sorted()).noneMatch(d -> d.code().equals("pdf-missing-glyphs"));
    }

    @Test
    void hasABookmarkForEveryPageAndItsSections() throws IOException {
        try (PDDocument en = guide("en"); PDDocument he = guide("he")) {
            assertThat(PdfGuides.outline(en)).containsExactly("Contents", "Welcome to Folio", "  Features",
                    "  Edge cases", "Guide", "  Getting started", "    Installing", "    Configuring");
            assertThat(PdfGuides.outline(he)).containsExactly("תוכן העניינים", "ברוכים הבאים ל-Folio", "  תכונות");
        }
    }

    @Test
    void contentsEntriesAndInternalLinksJumpToTheirPages() throws IOException {
        try (PDDocument en = guide("en")) {
            int welcome = PdfGuides.pageWith(en, "Folio publishes");
            int gettingStarted = PdfGuides.pageWith(en, "Add the plugin to your build");
            // each entry is clickable on its title and on its page number
            assertThat(PdfGuides.links(en, 2)).extracting(PdfGuides.PageLink::targetPage).containsOnly(welcome,
                    gettingStarted).contains(welcome, gettingStarted);
            assertThat(PdfGuides.links(en, welcome)).contains(new PdfGuides.PageLink(gettingStarted, ""),
                    new PdfGuides.PageLink(0, "https://example.com"));
            assertThat(PdfGuides.links(en, gettingStarted)).contains(new PdfGuides.PageLink(welcome, ""));
        }
        try (PDDocument he = guide("he")) {
            assertThat(PdfGuides.links(he, 2)).extracting(PdfGuides.PageLink::targetPage).contains(3);
            assertThat(PdfGuides.text(he, 2)).contains("ברוכים הבאים", "3");
        }
    }

    @Test
    void keepsTheWordsOfAnEnglishSentenceWithALinkInOrderInsideAHebrewParagraph() throws IOException {
        try (PDDocument he = guide("he")) {
            String text = PdfGuides.text(he).replaceAll("\\s+", " ");
            assertThat(text).contains("Read the full guide at our site before you start", "המדריך מסביר הכול",
                    "תודה רבה לכל התורמים");
            assertThat(PdfGuides.links(he, PdfGuides.pageWith(he, "before you start")))
                    .contains(new PdfGuides.PageLink(0, "https://example.com/guide"));
        }
    }

    @Test
    void everyLinkOnTheContentsPageLiesOverTheTextOfAnEntry() throws IOException {
        for (String language : List.of("en", "he", "zh-Hant")) {
            try (PDDocument pdf = guide(language)) {
                List<Rectangle2D> glyphs = PdfGuides.glyphBoxes(pdf, 2);
                List<Rectangle2D> links = PdfGuides.linkBoxes(pdf, 2);
                assertThat(links).as(language).isNotEmpty();
                for (Rectangle2D link : links) {
                    List<Rectangle2D> under = glyphs.stream().filter(link::intersects).toList();
                    assertThat(under).as("%s: text under the link at %s", language, link).isNotEmpty();
                    double left = under.stream().mapToDouble(Rectangle2D::getMinX).min().orElseThrow();
                    double right = under.stream().mapToDouble(Rectangle2D::getMaxX).max().orElseThrow();
                    // a link may pass its text by half an em (side bearings, a space), not cover blank paper
                    assertThat(link.getMinX()).as("%s: left end of the link at %s over text from %s to %s", language, link, left, right)
                            .isGreaterThan(left - 6);
                    assertThat(link.getMaxX()).as("%s: right end of the link at %s over text from %s to %s", language, link, left, right)
                            .isLessThan(right + 6);
                }
            }
        }
    }

    @Test
    void describesItselfInItsMetadata() throws IOException {
        try (PDDocument he = guide("he")) {
            var info = he.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Folio (עברית)");
            assertThat(info.getAuthor()).isEqualTo("The Folio authors");
            assertThat(info.getSubject()).isEqualTo("Publishing Markdown inside Maven builds");
            assertThat(info.getCreator()).isEqualTo("Folio");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(BUILD_TIME);
            assertThat(info.getModificationDate().getTimeInMillis())
                    .isEqualTo(info.getCreationDate().getTimeInMillis());
            assertThat(he.getDocumentCatalog().getLanguage()).isEqualTo("he");
            assertThat(he.getDocumentCatalog().getStructureTreeRoot()).as("tagged for accessibility").isNotNull();
        }
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        try (PDDocument zh = guide("zh-Hant")) {
            List<String> fonts = new java.util.ArrayList<>();
            for (PDPage page : zh.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("DroidSansFallback")).anyMatch(f -> f.contains("NotoSans"));
        }
    }

    @Test
    void printsTheSameBytesEveryTime() throws IOException {
        Path again = project.resolve("again");
        render(again, new Diagnostics());
        for (String language : List.of("en", "he", "zh-Hant")) {
            String name = "folio-" + language + ".pdf";
            assertThat(Files.readAllBytes(again.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(project.resolve("target").resolve(name)));
        }
    }

    @Test
    void reportsMissingAndEscapingImagesAndStillPrintsTheGuide() throws IOException {
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).contains(
                "docs/index.md:27:1: image assets/nothere.png not found",
                "docs/index.md:29:1: image ../../etc/passwd is not read: it is outside the content folder");
        assertThat(diagnostics.sorted()).allMatch(d -> d.severity() != dev.folio.model.Severity.ERROR);
        try (PDDocument en = guide("en")) {
            assertThat(PdfGuides.text(en)).contains("[A missing picture]", "[A sneaky file]", "Edge cases");
        }
    }

    @Test
    void declaresPdfAOnRequestWithMetadataThatAgreesAndStaysReproducible() throws IOException {
        for (String run : List.of("pdfa-1", "pdfa-2")) {
            new PdfRenderer().render(site, RenderContext.builder(project, project.resolve(run)).buildTime(BUILD_TIME).options(Map.of("pdf.pdfa", "true")).diagnostics(new Diagnostics()).build());
        }
        Path first = project.resolve("pdfa-1/folio-en.pdf");
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(project.resolve("pdfa-2/folio-en.pdf")));
        try (PDDocument en = PdfGuides.open(first)) {
            String xmp = new String(en.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>",
                    "2026-11-23T10:15:30", "<xmp:CreatorTool>Folio</xmp:CreatorTool>");
            assertThat(en.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void isFoundByServiceLoaderAsThePdfFormat() {
        assertThat(ServiceLoader.load(Renderer.class).stream().map(p -> p.get().format())).contains("pdf");
    }

}
