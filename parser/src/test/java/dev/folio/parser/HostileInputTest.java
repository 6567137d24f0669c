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

    /**
     * Java's regex engine recurses once per repetition of a group: a construct's line with a hundred thousand
     * characters (classes, options, attributes, words) must parse on a small stack, as on a pool thread.
     */
    @Test
    void hundredThousandCharacterConstructLinesParseOnASmallStack() throws InterruptedException {
        int n = 20_000;
        List<String> lines = List.of(
                "!!! note" + " extra".repeat(n) + " \"Title\"",
                "??? tip" + " a".repeat(n),
                "# Heading { " + ".c ".repeat(n) + "}",
                "Paragraph\n{: " + "k=v ".repeat(n) + "}",
                "```python " + "a=\"b\" ".repeat(n) + "\ncode\n```",
                "<div markdown " + "a=\"b\" ".repeat(n) + ">\n\ntext\n\n</div>",
                "<span " + "a='b' ".repeat(n) + ">x</span>",
                "=== \"" + "tab ".repeat(n) + "\"\n\n    text",
                "{++" + "add ".repeat(n) + "++} {~~" + "a".repeat(n) + "~>b~~}",
                "*[" + "W".repeat(n) + "]: " + "expansion ".repeat(n),
                "[link](" + "a/".repeat(n) + "b.md \"" + "t".repeat(n) + "\")",
                ":" + "a-".repeat(n) + "b:",
                "++" + "ctrl+".repeat(n) + "c++",
                "`" + "code ".repeat(n) + "`",
                "*" + "word ".repeat(n) + "*", "**" + "word ".repeat(n) + "**",
                "*a _b ".repeat(n), "*a ".repeat(1150), "_a ".repeat(1150) + "_",
                "x " + "<a ".repeat(n), "x " + "<!--a".repeat(n), "x " + "<?a".repeat(n), "x " + "<![CDATA[a".repeat(n),
                "| " + "a | ".repeat(n) + "\n|" + "---|".repeat(n));
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.List<Page> pages = new java.util.ArrayList<>();
        Thread thread = new Thread(null, () -> {
            try {
                for (String line : lines) {
                    pages.add(parser.parse(line + "\n\nAfter.\n"));
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 512 * 1024);
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
        assertThat(pages).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Page page = pages.get(i);
            String line = lines.get(i).substring(0, 24);
            assertThat(page.diagnostics()).as(line).noneMatch(d -> d.code().equals("parse"));
            assertThat(Traversal.plainText(page.document().blocks().get(page.document().blocks().size() - 1)))
                    .as(line).isEqualTo("After.");
        }
    }
}
