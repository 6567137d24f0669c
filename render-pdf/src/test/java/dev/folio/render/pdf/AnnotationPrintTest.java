package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostics;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code annotations on paper, as Material prints them: each marker a numbered badge where it stands in the code (the
 * comment of a {@code (N)!} marker gone), the notes the numbered list under the block; a text's markers
 * ({@code { .annotate }}) the same; a marker whose list has no such item, and a list no marker used, as written.
 */
class AnnotationPrintTest {
    @TempDir
    Path project;

    @Test
    void markersPrintAsNumberedBadgesAndTheNotesAsTheListUnderTheBlock() throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("mkdocs.yml"), """
                site_name: Notes
                theme:
                  name: material
                  features:
                    - content.code.annotate
                markdown_extensions:
                  - attr_list
                  - pymdownx.superfences
                """);
        Files.writeString(project.resolve("docs/index.md"), """
                # Notes

                ```python
                class UserInfo:  # (1)!
                    name: str  # see (2) and (7)
                ```

                1.  The context object.
                2.  A field.

                The agent reads the context (1) when a tool runs.
                { .annotate }

                1.  Through a wrapper.

                Plain text (1) with a list after it.

                1.  An ordinary list.
                """);
        Diagnostics diagnostics = new Diagnostics();
        new PdfRenderer().render(FolioParser.create().load(project), RenderContext.builder(project, project.resolve("out"))
                .buildTime(Instant.EPOCH).options(Map.of("pdf.output", "both")).diagnostics(diagnostics).build());

        Document xhtml = Jsoup.parse(Files.readString(project.resolve("out/notes-en.xhtml")), "", Parser.xmlParser());
        assertThat(xhtml.select("pre code").first().text()).isEqualTo("class UserInfo: 1 name: str # see 2 and (7)");
        assertThat(xhtml.select("pre code .annotation-marker").eachText()).containsExactly("1", "2");
        assertThat(xhtml.select("ol.annotation-list")).hasSize(2);
        assertThat(xhtml.select("ol.annotation-list").first().select("li").eachText())
                .containsExactly("The context object.", "A field.");
        assertThat(xhtml.select("p .annotation-marker").eachText()).containsExactly("1");
        assertThat(xhtml.select("p:contains(Plain text)").first().text()).isEqualTo("Plain text (1) with a list after it.");
        assertThat(xhtml.select("ol:contains(An ordinary list)").hasClass("annotation-list")).isFalse();

        Files.copy(project.resolve("out/notes-en.pdf"), Files.createDirectories(Path.of("target/annotations"))
                .resolve("notes-en.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = PdfGuides.open(project.resolve("out/notes-en.pdf"))) {
            String text = PdfGuides.text(pdf);
            assertThat(text).contains("class UserInfo:  1", "The context object.", "Through a wrapper.")
                    .doesNotContain("# (1)!", "(2)");
        }
    }
}
