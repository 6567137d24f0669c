package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.folio.model.doc.Block;
import dev.folio.model.doc.BlockQuote;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.CodeBlock;
import dev.folio.model.doc.Diagram;
import dev.folio.model.doc.HtmlBlock;
import dev.folio.model.doc.LineBreak;
import dev.folio.model.doc.OrderedList;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Strikethrough;
import dev.folio.model.doc.Table;
import dev.folio.model.doc.ThematicBreak;
import dev.folio.model.doc.Traversal;

class BlockStructureTest {
    private final FolioParser parser = FolioParser.create();

    private List<Block> blocks(String markdown) {
        return parser.parse(markdown).document().blocks();
    }

    /** As Python-Markdown reads them: numbered from 1, one list across kinds, loose item by item. */
    @Test
    void listsFollowPythonMarkdown() {
        List<Block> blocks = blocks("3. one\n4. two\n\n- a\n\n- b\n");

        assertThat(blocks).hasSize(1);
        OrderedList ordered = (OrderedList) blocks.get(0);
        assertThat(ordered.start()).isEqualTo(1);
        assertThat(ordered.items()).extracting(dev.folio.model.doc.ListItem::loose)
                .containsExactly(false, true, true, true);
        assertThat(((BulletList) blocks("- a\n- b\n").get(0)).tight()).isTrue();
    }

    @Test
    void fencesKeepLanguageTitleAndOptions() {
        CodeBlock code = (CodeBlock) blocks("```python title=\"hello.py\" linenums=\"1\" hl_lines=\"2 3\"\nprint(1)\n```\n")
                .get(0);

        assertThat(code.language()).isEqualTo("python");
        assertThat(code.title()).isEqualTo("hello.py");
        assertThat(code.option("linenums")).contains("1");
        assertThat(code.option("hl_lines")).contains("2 3");
        assertThat(code.code()).isEqualTo("print(1)\n");
        assertThat(code.fenced()).isTrue();
    }

    @Test
    void mermaidFencesAreDiagrams() {
        Diagram diagram = (Diagram) blocks("```mermaid\ngraph TD\n  A-->B\n```\n").get(0);

        assertThat(diagram.kind()).isEqualTo("mermaid");
        assertThat(diagram.source()).isEqualTo("graph TD\n  A-->B\n");
    }

    @Test
    void tablesKeepAlignment() {
        Table table = (Table) blocks("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n").get(0);

        assertThat(table.alignments()).containsExactly(Table.Alignment.LEFT, Table.Alignment.CENTER,
                Table.Alignment.RIGHT);
        assertThat(table.header()).hasSize(1);
        assertThat(table.body()).hasSize(1);
        assertThat(table.body().get(0).cells().get(2).position().line()).isEqualTo(3);
    }

    @Test
    void quotesBreaksHtmlAndRulesAreKept() {
        List<Block> blocks = blocks("> quoted\n\n---\n\n<div class=\"x\">\nraw\n</div>\n\nline one\nline two  \nthree "
                + "<small>small</small> ~~gone~~\n");

        assertThat(blocks.get(0)).isInstanceOf(BlockQuote.class);
        assertThat(blocks.get(1)).isInstanceOf(ThematicBreak.class);
        assertThat(((HtmlBlock) blocks.get(2)).html()).startsWith("<div class=\"x\">\nraw\n</div>");
        Paragraph paragraph = (Paragraph) blocks.get(3);
        assertThat(paragraph.content()).filteredOn(LineBreak.class::isInstance)
                .extracting(i -> ((LineBreak) i).hard()).containsExactly(false, true);
        assertThat(paragraph.content()).filteredOn(RawInline.class::isInstance)
                .extracting(i -> ((RawInline) i).html()).containsExactly("<small>", "</small>");
        assertThat(paragraph.content()).anyMatch(Strikethrough.class::isInstance);
    }

    @Test
    void everyNodeHasAPositionInTheFile() {
        String markdown = "---\ntitle: t\n---\n# T\n\nSome *text* and [a link](x.md).\n\n- item\n  - nested `code`\n";

        assertThat(Traversal.nodes(parser.parse(markdown).document()))
                .allSatisfy(node -> assertThat(node.position().isKnown()).as(node.toString()).isTrue());
        Paragraph paragraph = (Paragraph) blocks(markdown).get(1);
        assertThat(paragraph.position()).hasToString("<input>:6:1");
        assertThat(paragraph.content().get(1).position()).hasToString("<input>:6:6");
    }

    @Test
    void deepNestingIsBoundedNotAStackOverflow() {
        String deep = "> ".repeat(5000) + "deep\n" + "[".repeat(5000) + "x" + "]".repeat(5000) + "\n"
                + "*".repeat(5000) + "x" + "*".repeat(5000) + "\n";

        assertThat(parser.parse(deep).document().blocks()).isNotEmpty();
    }
}
