package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.FileKind;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Option {@code pdf.output}: the PDF, the print XHTML the PDF engine is given, or both. */
class PdfOutputTest {
    static final Instant BUILD_TIME = Instant.parse("2026-11-23T10:15:30Z");

    @TempDir
    static Path project;
    static Site site;

    @BeforeAll
    static void load() {
        site = SampleSite.load(project);
    }

    static RenderResult render(String folder, Map<String, String> options, Diagnostics diagnostics) throws IOException {
        return new PdfRenderer().render(site, RenderContext.builder(project, project.resolve(folder))
                .buildTime(BUILD_TIME).options(options).diagnostics(diagnostics).build());
    }

    @Test
    void xhtmlWritesEachGuidesPrintDocumentAndPrintsNothing() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        RenderResult result = render("xhtml", Map.of("pdf.output", "xhtml"), diagnostics);

        assertThat(result.files()).extracting(file -> file.getFileName().toString())
                .containsExactly("folio-en.xhtml", "folio-he.xhtml", "folio-zh-Hant.xhtml");
        assertThat(result.files(FileKind.PUBLICATION)).as("nothing to attach").isEmpty();
        assertThat(result.summary()).isEqualTo("3 print XHTML files");
        try (var files = Files.list(project.resolve("xhtml"))) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".pdf"));
        }
        Document hebrew = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(project.resolve("xhtml/folio-he.xhtml").toFile());
        assertThat(hebrew.getDocumentElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(hebrew.getDocumentElement().getTextContent()).contains("Folio", "תוכן העניינים");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).doesNotContain("pdf-option-invalid");
    }

    @Test
    void bothWritesTheSamePdfAsAloneWithItsXhtmlBesideIt() throws IOException {
        RenderResult alone = render("alone", Map.of(), new Diagnostics());
        Diagnostics diagnostics = new Diagnostics();
        RenderResult both = render("both", Map.of("pdf.output", "both"), diagnostics);

        assertThat(both.files(FileKind.PUBLICATION)).extracting(file -> file.getFileName().toString())
                .containsExactly("folio-en.pdf", "folio-he.pdf", "folio-zh-Hant.pdf");
        assertThat(both.files()).hasSize(6);
        assertThat(both.summary()).startsWith("3 PDFs, ").endsWith(", 3 print XHTML files");
        assertThat(Files.readAllBytes(project.resolve("both/folio-en.pdf")))
                .isEqualTo(Files.readAllBytes(project.resolve("alone/folio-en.pdf")));
        assertThat(Files.readString(project.resolve("both/folio-en.xhtml"))).contains("<html");
        assertThat(alone.files()).hasSize(3);
    }

    @Test
    void anUnknownValueIsOneWarningAndThePdf() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        RenderResult result = render("unknown", Map.of("pdf.output", "png"), diagnostics);

        assertThat(result.files()).extracting(file -> file.getFileName().toString())
                .containsExactly("folio-en.pdf", "folio-he.pdf", "folio-zh-Hant.pdf");
        assertThat(diagnostics.sorted()).filteredOn(d -> d.code().equals("pdf-option-invalid")).hasSize(1)
                .first().extracting(Diagnostic::message).asString().contains("pdf.output=png");
    }
}
