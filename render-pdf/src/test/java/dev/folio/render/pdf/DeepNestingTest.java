package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * openhtmltopdf lays boxes out recursively: a page nested thousands deep once overflowed its stack and no
 * guide was written for any language. Depth is bounded before the engine sees it; every page is printed.
 */
class DeepNestingTest {

    @Test
    void pagesNestedThousandsDeepAreReportedAndTheGuideIsPrintedWithEveryPage(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("mkdocs.yml"), """
                site_name: Deep
                markdown_extensions:
                  - md_in_html
                nav:
                  - index.md
                  - quotes.md
                  - divs.md
                  - lists.md
                  - raw.md
                  - spans.md
                  - last.md
                """);
        Files.writeString(project.resolve("docs/index.md"), "# Home\n\nThe first page.\n");
        Files.writeString(project.resolve("docs/quotes.md"), "# Quotes\n\n" + ">".repeat(20_000) + " innermost quote\n");
        Files.writeString(project.resolve("docs/divs.md"), "# Divs\n\n" + "<div markdown>\n\n".repeat(3_000)
                + "innermost div\n\n" + "</div>\n\n".repeat(3_000));
        StringBuilder lists = new StringBuilder("# Lists\n\n");
        for (int i = 0; i < 3_000; i++) {
            lists.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        Files.writeString(project.resolve("docs/lists.md"), lists.toString());
        Files.writeString(project.resolve("docs/raw.md"), "# Raw\n\n<div>" + "<div><blockquote>".repeat(5_000)
                + "innermost raw" + "</blockquote></div>".repeat(5_000) + "</div>\n");
        Files.writeString(project.resolve("docs/spans.md"), "# Spans\n\nText " + "<span><em>".repeat(5_000)
                + "innermost span" + "</em></span>".repeat(5_000) + "\n");
        Files.writeString(project.resolve("docs/last.md"), "# Last\n\nThe last page is printed.\n");
        Site site = FolioParser.create().load(project);
        Diagnostics diagnostics = new Diagnostics();

        new PdfRenderer().render(site, RenderContext.builder(project, project.resolve("target")).buildTime(Instant.parse("2026-11-23T10:15:30Z")).options(Map.of()).diagnostics(diagnostics).build());

        try (PDDocument guide = PdfGuides.open(project.resolve("target/deep-en.pdf"))) {
            // Without blanks: a word may end a line in a narrow column.
            String text = new PDFTextStripper().getText(guide).replaceAll("\\s+", "");
            assertThat(text).contains("Thefirstpage.", "innermostquote", "innermostdiv", "item2999",
                    "innermostraw", "innermostspan", "Thelastpageisprinted.");
            assertThat(guide.getNumberOfPages()).as("indentation stops growing: no column one letter wide")
                    .isLessThan(100);
        }
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).doesNotContain("pdf-render-failed",
                "pdf-page-left-out", "render-failed");
        assertThat(site.pages("en").stream().flatMap(page -> page.diagnostics().stream())
                .filter(d -> d.code().equals("nesting-depth")).map(d -> d.position().file()))
                .contains("docs/quotes.md", "docs/divs.md", "docs/lists.md");
        assertThat(diagnostics.sorted()).filteredOn(d -> d.code().equals("nesting-depth"))
                .extracting(d -> d.position().file()).contains("docs/raw.md");
    }
}
