package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pymdownx.blocks in print: every block type's content in the guide, its tabs and details printed open. */
class BlocksPrintTest {
    @TempDir
    Path project;

    @Test
    void printsEveryBlockTypeAndNoFenceReachesTheReader() throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("mkdocs.yml"), """
                site_name: Blocks
                markdown_extensions:
                  - pymdownx.blocks.admonition
                  - pymdownx.blocks.details
                  - pymdownx.blocks.tab
                  - pymdownx.blocks.html
                  - pymdownx.blocks.caption
                  - pymdownx.blocks.definition
                """);
        Files.writeString(project.resolve("docs/index.md"), """
                # Blocks

                //// note | Mind the fence
                An admonition written as a block.

                /// details | Folded summary
                    type: warning

                Folded content, printed open.
                ///
                ////

                /// tab | Maven
                Run mvn install.
                ///

                /// tab | Gradle
                Run gradle build.
                ///

                /// html | div.result
                Inside an html block.
                ///

                /// html | pre
                kept *as written*
                ///

                Fruit | Amount
                ----- | ------
                Apple | 20

                /// table-caption
                Fruit Count
                ///

                /// define
                Apple

                - Pomaceous fruit of the genus Malus.
                ///

                /// unknown-kind | Whatever
                Unknown content still printed.
                ///
                """);
        Site site = FolioParser.create().load(project);
        Diagnostics diagnostics = new Diagnostics();
        new PdfRenderer().render(site, RenderContext.builder(project, project.resolve("out"))
                .buildTime(Instant.EPOCH).options(Map.of()).diagnostics(diagnostics).build());
        try (PDDocument pdf = PdfGuides.open(project.resolve("out/blocks-en.pdf"))) {
            String text = PdfGuides.text(pdf);
            assertThat(text).contains("Mind the fence", "An admonition written as a block.", "Folded summary",
                    "Folded content, printed open.", "Maven", "Run mvn install.", "Gradle", "Run gradle build.",
                    "Inside an html block.", "kept *as written*", "Unknown content still printed.", "Apple", "Table 1. Fruit Count",
                    "Pomaceous fruit of the genus Malus.")
                    .doesNotContain("///", "| Mind", "type: warning");
        }
    }
}
