package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option {@code pdf.split}: one guide per language, per top-level nav section, or per page. */
class PdfSplitTest {
    static final Instant BUILD_TIME = Instant.parse("2026-11-23T10:15:30Z");

    @TempDir
    static Path project;
    static Site site;

    @BeforeAll
    static void load() {
        site = SampleSite.load(project);
    }

    static RenderResult render(String folder, Map<String, String> options, Diagnostics diagnostics) throws IOException {
        return new PdfRenderer().render(site,
                RenderContext.builder(project, project.resolve(folder)).buildTime(BUILD_TIME).options(options).diagnostics(diagnostics).build());
    }

    static String fileName(Path file) {
        return file.getFileName().toString();
    }

    @Test
    void bySectionWritesOneGuideForEachTopLevelEntryOfEachLanguage() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        RenderResult result = render("sections", Map.of("pdf.split", "section"), diagnostics);

        // the Hebrew and Chinese files take the English section names, so every language's file has one name
        assertThat(result.files()).extracting(PdfSplitTest::fileName).containsExactly("folio-en-home.pdf",
                "folio-en-guide.pdf", "folio-he-home.pdf", "folio-zh-Hant-home.pdf");
        assertThat(result.summary()).startsWith("4 PDFs");
        try (PDDocument guide = PdfGuides.open(project.resolve("sections/folio-en-guide.pdf"))) {
            assertThat(PdfGuides.text(guide, 1)).contains("Folio", "Guide", "English", "November 23, 2026");
            assertThat(PdfGuides.text(guide, 2)).contains("Contents", "Getting started").doesNotContain("Welcome");
            assertThat(PdfGuides.text(guide, 3)).contains("Getting started", "Installing");
            assertThat(PdfGuides.text(guide)).doesNotContain("Folio publishes");
            assertThat(PdfGuides.outline(guide)).containsExactly("Contents", "Getting started", "  Installing",
                    "  Configuring");
            assertThat(PdfGuides.links(guide, 2)).extracting(PdfGuides.PageLink::targetPage).containsOnly(3);
            assertThat(guide.getDocumentInformation().getTitle()).isEqualTo("Folio \u2013 Guide (English)");
        }
        try (PDDocument home = PdfGuides.open(project.resolve("sections/folio-he-home.pdf"))) {
            assertThat(PdfGuides.outline(home)).containsExactly("תוכן העניינים", "ברוכים הבאים ל-Folio", "  תכונות");
            assertThat(home.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).doesNotContain("pdf-render-failed",
                "pdf-option-invalid");
    }

    @Test
    void byPageWritesEveryPageAloneWithoutCoverOrContents() throws IOException {
        RenderResult result = render("pages", Map.of("pdf.split", "page"), new Diagnostics());

        assertThat(result.files()).extracting(PdfSplitTest::fileName).containsExactly("folio-en-index.pdf",
                "folio-en-guide.pdf", "folio-he-index.pdf", "folio-zh-Hant-index.pdf");
        try (PDDocument guide = PdfGuides.open(project.resolve("pages/folio-en-guide.pdf"))) {
            assertThat(guide.getNumberOfPages()).isEqualTo(1);
            assertThat(PdfGuides.text(guide, 1)).contains("Getting started", "Installing", "Configuring")
                    .doesNotContain("Contents", "November 23, 2026");
            assertThat(PdfGuides.outline(guide)).containsExactly("Getting started", "  Installing", "  Configuring");
            assertThat(guide.getDocumentInformation().getTitle()).isEqualTo("Folio \u2013 Getting started (English)");
        }
        try (PDDocument chinese = PdfGuides.open(project.resolve("pages/folio-zh-Hant-index.pdf"))) {
            assertThat(PdfGuides.text(chinese, 1)).contains("表格、清單和提示框都能正確顯示繁體中文");
        }
    }

    @Test
    void byLanguageIsTheDefaultAndAnUnknownSplitSaysSoAndFallsBackToIt() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        RenderResult result = render("unknown", Map.of("pdf.split", "chapter"), diagnostics);

        assertThat(result.files()).extracting(PdfSplitTest::fileName).containsExactly("folio-en.pdf", "folio-he.pdf",
                "folio-zh-Hant.pdf");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsOnlyOnce("pdf-option-invalid");
        assertThat(Files.readAllBytes(project.resolve("unknown/folio-en.pdf")))
                .isEqualTo(Files.readAllBytes(render("default", Map.of(), new Diagnostics()).files().get(0)));
    }
}
