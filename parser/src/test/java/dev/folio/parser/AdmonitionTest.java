package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.CodeBlock;
import dev.folio.model.doc.Paragraph;

/** Admonitions and collapsible blocks, from the uk-legacy seed and MkDocs' documented forms. */
class AdmonitionTest {
    private final FolioParser parser = FolioParser.create();

    private List<Block> blocks(String markdown) {
        return parser.parse(markdown).document().blocks();
    }

    @Test
    void translatedTypeWithIndentedBodyAndNestedCollapsible() {
        List<Block> blocks = blocks("""
                !!! рекомендації

                    ![Signal logo](assets/img/messengers/signal.svg){ align=right }

                    **Signal** is a mobile app developed by Signal Messenger LLC.

                    ??? downloads

                        - [:simple-googleplay: Google Play](https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms)
                        - [:simple-windows11: Windows](https://signal.org/download/windows)

                After the admonition.
                """);

        assertThat(blocks).hasSize(2);
        Admonition admonition = (Admonition) blocks.get(0);
        assertThat(admonition.type()).isEqualTo("рекомендації");
        assertThat(admonition.titleText()).isEqualTo("Рекомендації");
        assertThat(admonition.collapse()).isEqualTo(Admonition.Collapse.NONE);
        assertThat(admonition.children()).hasSize(3);
        Admonition downloads = (Admonition) admonition.children().get(2);
        assertThat(downloads.type()).isEqualTo("downloads");
        assertThat(downloads.titleText()).isEqualTo("Downloads");
        assertThat(downloads.collapse()).isEqualTo(Admonition.Collapse.CLOSED);
        assertThat(((BulletList) downloads.children().get(0)).items()).hasSize(2);
        assertThat(downloads.position()).hasToString("<input>:7:5");
        assertThat(blocks.get(1)).isInstanceOf(Paragraph.class);
    }

    @Test
    void quotedEmptyAndOpenTitles() {
        List<Block> blocks = blocks("""
                !!! example "This section is new"
                    Body.

                !!! note ""
                    No title at all.

                ???+ note "Open details"
                    Open by default.

                !!! warning pg-red
                    Extra class.
                """);

        assertThat(blocks).extracting(b -> ((Admonition) b).titleText()).containsExactly(
                "This section is new", "", "Open details", "Warning");
        assertThat(((Admonition) blocks.get(2)).collapse()).isEqualTo(Admonition.Collapse.OPEN);
        assertThat(((Admonition) blocks.get(3)).attributes().classes()).containsExactly("pg-red");
    }

    @Test
    void codeInsideKeepsItsOwnIndentation() {
        Admonition admonition = (Admonition) blocks("!!! tip\n\n    ```bash\n    echo hi\n    ```\n\n        indented code\n")
                .get(0);

        assertThat(admonition.children()).extracting(b -> ((CodeBlock) b).code())
                .containsExactly("echo hi\n", "indented code\n");
    }

    @Test
    void aBodyThatIsNotIndentedIsOneDiagnosticAtTheMarker() {
        dev.folio.model.Page page = parser.parse("Intro\n\n!!! warning \"Careful\"\nNot indented, so not inside.\n");

        assertThat(page.diagnostics()).singleElement().hasToString(
                "<input>:3:1: admonition 'warning' has no body; its content must be indented four spaces");
        assertThat(page.document().blocks()).hasSize(3);
    }

    @Test
    void aBangLineWithoutTypeIsText() {
        assertThat(blocks("!!! \"only a title\"\n")).singleElement().isInstanceOf(Paragraph.class);
    }
}
