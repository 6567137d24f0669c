package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.folio.model.Diagnostic;
import dev.folio.model.Page;
import dev.folio.model.Severity;
import dev.folio.model.doc.Heading;

class FrontMatterTest {
    private final FolioParser parser = FolioParser.create();

    @Test
    void typedKeysAndEveryRawKeyInSourceOrder() {
        Page page = parser.parse("""
                ---
                meta_title: "Real-Time Communication - Privacy Guides"
                title: "即時通訊軟體"
                icon: material/chat-processing
                description: Encrypted messengers
                cover: real-time-communication.webp
                hide:
                  - toc
                ---
                ## Body
                """);

        assertThat(page.frontMatter().title()).contains("即時通訊軟體");
        assertThat(page.frontMatter().description()).contains("Encrypted messengers");
        assertThat(page.frontMatter().icon()).contains("material/chat-processing");
        assertThat(page.frontMatter().metaTitle()).contains("Real-Time Communication - Privacy Guides");
        assertThat(page.frontMatter().raw().keySet())
                .containsExactly("meta_title", "title", "icon", "description", "cover", "hide");
        assertThat(page.frontMatter().list("hide")).containsExactly("toc");
        assertThat(page.diagnostics()).isEmpty();
        assertThat(page.title()).isEqualTo("即時通訊軟體");
    }

    @Test
    void bodyPositionsCountTheFrontMatterLines() {
        Page page = parser.parse("---\ntitle: x\n---\n\n## Heading\n");

        Heading heading = page.document().headings().get(0);
        assertThat(heading.position().line()).isEqualTo(5);
        assertThat(heading.position().column()).isEqualTo(1);
    }

    @Test
    void yamlErrorIsReportedAtTheFileLine() {
        Page page = parser.parse("---\ntitle: ok\ndescription: [unclosed\nicon: x\n---\n# Page\n", "a/page.md");

        assertThat(page.diagnostics()).hasSize(1);
        Diagnostic error = page.diagnostics().get(0);
        assertThat(error.severity()).isEqualTo(Severity.ERROR);
        assertThat(error.position().file()).isEqualTo("<input>");
        assertThat(error.toString()).isEqualTo("<input>:4:5: front matter: expected ',' or ']', but got :");
        // The page is still there, without front matter.
        assertThat(page.document().headings()).extracting(Heading::text).containsExactly("Page");
    }

    @Test
    void yamlErrorColumnIsTheFileColumn() {
        Page page = parser.parse("---\na: 1\nb: @x\n---\ntext\n");

        assertThat(page.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "<input>:3:4: front matter: found character '@' that cannot start any token. "
                        + "(Do not use @ for indentation)");
    }

    @Test
    void javaTypeTagsAreNeverInstantiated() {
        Page page = parser.parse("---\ntitle: !!java.io.File [\"/etc/passwd\"]\nother: fine\n---\ntext\n");

        assertThat(page.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("java.io.File");
            assertThat(d.position().line()).isEqualTo(2);
        });
        assertThat(page.frontMatter().raw().values()).noneMatch(v -> v instanceof java.io.File);
        assertThat(page.frontMatter().raw()).containsEntry("other", "fine");
    }

    @Test
    void pythonTagsAreRefusedToo() {
        Page page = parser.parse("---\nx: !!python/object/apply:os.system [\"rm -rf /\"]\n---\n");

        assertThat(page.diagnostics()).extracting(Diagnostic::severity).contains(Severity.ERROR);
    }

    @Test
    void aliasBombIsRefusedWithADiagnostic() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        yaml.append("---\n# Still here\n");

        Page page = parser.parse(yaml.toString());

        assertThat(page.diagnostics()).anySatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        assertThat(page.title()).isEqualTo("Still here");
    }

    /** MkDocs' meta.get_data reads these on every page without YAML; the lines are not the page's text. */
    @Test
    void multiMarkdownMetadataLinesAtTheTopAreTheFrontMatter() {
        Page page = parser.parse("Title: Relays\nDescription: How to wire\n    a relay board\nDescription: safely\n\n"
                + "## Heading\n\nKey: not metadata here\n");

        assertThat(page.frontMatter().title()).contains("Relays");
        assertThat(page.frontMatter().description()).contains("How to wire a relay board safely");
        Heading heading = page.document().headings().get(0);
        assertThat(heading.position().line()).isEqualTo(6);
        assertThat(page.document().blocks()).hasSize(2);
        assertThat(dev.folio.model.doc.Traversal.plainText(page.document().blocks().get(1)))
                .isEqualTo("Key: not metadata here");
    }

    @Test
    void aFirstLineThatIsNotAKeyMeansNoMetadata() {
        Page page = parser.parse("Just text: with a colon later\n");

        assertThat(page.frontMatter().raw()).isEmpty();
        assertThat(page.document().blocks()).hasSize(1);
    }

    @Test
    void unclosedFrontMatterIsJustMarkdown() {
        Page page = parser.parse("---\nnot: closed\n");

        assertThat(page.frontMatter().raw()).isEmpty();
        assertThat(page.diagnostics()).isEmpty();
    }

    /** Found by DialectFuzzTest: the error was placed on a line after the end of the page. */
    @Test
    void anErrorAtTheEndOfTheYamlIsReportedOnTheClosingFence() {
        Page page = parser.parse("---\nx: !!python/objx: !!python/objx: y\n---");

        assertThat(page.diagnostics()).extracting(d -> d.position().line()).allMatch(line -> line >= 1 && line <= 3);
    }
}
