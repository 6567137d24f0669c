package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.folio.model.Page;
import dev.folio.model.doc.Traversal;

/** No input makes the parser throw, hang or lose the page. */
class HostileInputTest {
    private static final List<String> PIECES = List.of("!!! note", "??? tip \"T\"", "???+ x", "=== \"A\"", "===! \"B\"",
            "<div markdown>", "</div>", "<details markdown>", "<summary>S</summary>", "</details>", "<p markdown>",
            "</p>", "[^1]", "[^1]: note", "*[HTML]: Hyper", "HTML", "{ .c #i k=v }", "{", "}", "[a](b.md){.x}",
            ":material-x:", ":smile:", "==m==", "^^i^^", "++ctrl+c++", "~s~", "^s^", "~~d~~", "{++a++}", "{~~a~>b~~}",
            "$x$", "$$", "--8<-- \"x.md\"", "```", "```mermaid", "    ", "\t", "- [ ] t", "1. o", "> q", "Term",
            ":   def", "---", "# H { #id }", "## Заголовок", "| a | b |", "|---|:-:|", "&#160;", "<a href=\"x\">",
            "</a>", "\\", "*", "**", "_", "[", "]", "(", ")", "`", "\n", "\n\n", " ", "text", "测试", "\u0000",
            "\uFEFF", "\r\n");

    private final FolioParser parser = FolioParser.create();

    @Test
    void randomDialectSoupNeverThrowsNorFallsBackToPlainText() {
        Random random = new Random(20261123);
        for (int round = 0; round < 1500; round++) {
            StringBuilder markdown = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                markdown.append(PIECES.get(random.nextInt(PIECES.size())));
                markdown.append(random.nextInt(3) == 0 ? "\n" : random.nextInt(2) == 0 ? " " : "");
                if (random.nextInt(5) == 0) {
                    markdown.append("    ".repeat(random.nextInt(3)));
                }
            }
            String input = markdown.toString();

            Page page = parser.parse(input);

            assertThat(page.diagnostics()).as(input).noneMatch(d -> d.code().equals("parse"));
            assertThat(Traversal.nodes(page.document())).as(input)
                    .allMatch(node -> node.position().line() >= 1);
        }
    }

    @Test
    void hugeAndPathologicalLinesStayCheap() {
        String manyTriggers = "{".repeat(20000) + "$".repeat(20000) + "+".repeat(20000) + "&".repeat(20000)
                + ":a".repeat(20000) + "[^".repeat(20000) + "<div markdown>".repeat(2000);

        Page page = parser.parse(manyTriggers + "\n\n" + manyTriggers);

        assertThat(page.document().blocks()).isNotEmpty();
        assertThat(page.diagnostics()).noneMatch(d -> d.code().equals("parse"));
    }
}
