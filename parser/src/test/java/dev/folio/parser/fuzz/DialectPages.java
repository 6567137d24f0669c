package dev.folio.parser.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated pages of the MkDocs Material dialect: the constructs the corpus and the real sites use, nested
 * into one another, then mutated the way real files go wrong (cut anywhere, a slice repeated or dropped,
 * characters swapped, hostile characters inserted, the whole re-indented or nested again). Shared by the
 * fuzz tests of the parser and of both renderers.
 */
public final class DialectPages {
    /** Blocks written as the dialect writes them; several hold what the renderers had trouble with. */
    private static final List<String> LEAVES = List.of(
            "Plain text with **bold**, *em*, `code`, [a link](other.md#part), ![image](img/a.png){ width=\"10\" }.",
            "Icons :material-check: :fontawesome-brands-github: :smile: and marks ==mark== ^^ins^^ ~~del~~ H~2~O x^2^.",
            "Keys ++ctrl+alt+del++, critic {++add++} {--del--} {~~a~>b~~} {==hi==}, math $x^2$ and a $5 price.",
            "An HTML abbreviation and a footnote[^1] and another[^note].",
            "Line with a break  \nand a [reference link][ref] and <https://example.org> and &amp; &#160; &#x1F600;.",
            "[ref]: https://example.org \"Title\"",
            "# Title { #custom-id .class lang=en }",
            "## Section {: #sec }",
            "### Third level ###",
            "Setext heading\n==============",
            "```python title=\"a.py\" hl_lines=\"1 3-9 20\" linenums=\"5\"\nprint(\"one\")\n# two\n```",
            "``` { .yaml .copy }\nkey: \"value\" # comment\nlist: [1, 2]\n```",
            "```json\n{\"a\": \"" + "x".repeat(40) + "\\\"\", \"b\": [1, 2.5e3, true, null]}\n```",
            "```mermaid\ngraph LR\n  A --> B\n```",
            "~~~bash\necho \"$HOME\" 'single' `tick` # comment\n~~~",
            "```\nunclosed fence\n",
            "    indented code\n    block",
            "| Name | Value |\n|:-----|------:|\n| a    | 1     |\n| `b|c` | **2** |",
            "| only | header |\n|---|---|",
            "[^1]: The note, with *emphasis*.\n    And a second paragraph line.",
            "[^note]:\n    Indented footnote body.",
            "*[HTML]: Hyper Text Markup Language",
            "*[]: empty abbreviation",
            "--8<-- \"missing.md\"",
            "--8<-- \"../outside.md\"",
            ";--8<-- \"escaped.md\"",
            "- item one\n- [ ] open task\n- [x] done task\n    - nested item",
            "1. first\n2. second\n\n    continued paragraph",
            "* star\n+ plus",
            "Term\n:   Its definition\n:   Another one",
            "{: .lonely #attributes key=\"value\" }",
            "$$\nE = mc^2\n$$",
            "---",
            "***",
            "<div class=\"grid cards\" markdown>\n\n- :material-clock: __Fast__\n\n    ---\n\n    text\n\n</div>",
            "<details><summary>Raw summary</summary>\nraw body <b>bold</b>\n</details>",
            "<!-- a comment -->",
            "<span class=\"twemoji\">raw inline</span> after",
            "<p align=\"center\"><img src=\"img/b.svg#only-dark\" alt=\"dark\"><img src=\"img/b.svg#only-light\"></p>",
            "<script>alert(1)</script>",
            "<table><tr><td markdown>*cell*</td></tr></table>",
            "/// tip | A title\nBlock body.\n///",
            "/// details | Summary\n    type: warning\n\nHidden.\n///",
            "[TOC]",
            "\\*not emphasis\\* and \\`not code\\`",
            "<https://example.org/very/long/" + "segment/".repeat(10) + ">",
            "Text with trailing spaces   \t",
            "");

    private static final List<String> FRONT_MATTER = List.of(
            "---\ntitle: Generated\ndescription: A page\ntags:\n  - a\n  - b\n---\n",
            "---\ntitle: \"Unclosed\n---\n",
            "---\nicon: material/home\nhide:\n  - navigation\n  - toc\n---\n",
            "---\nx: !!python/object/apply:os.system [\"true\"]\n---\n",
            "---\na: &a [1, 2]\nb: [*a, *a, *a]\n---\n",
            "---\n- not\n- a map\n---\n",
            "---\n---\n",
            "---\ntitle: no end\n");

    /** Characters that have broken parsers: NUL, replacement, lone surrogates, bidi controls, BOM, CR. */
    private static final List<String> HOSTILE = List.of("\0", "\uFFFD", "\uD800", "\uDC00", "\u202E", "\u2066", "\uFEFF",
            "\r", "\r\n", "\t", "\u00A0", "\u0085", "\u2028", "<", ">", "&", "`", "*", "_", "[", "]", "(", ")", "{", "}",
            "|", "$", "\\", "!", ":", "=", "#", "\"", "'", "    ", "\n", "\n\n", "😀", "ע", "字");

    private DialectPages() {
    }

    /** A whole page: optional front matter, blocks nested up to a few levels, then mutations. */
    public static Arbitrary<String> pages() {
        Arbitrary<String> frontMatter = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(FRONT_MATTER)));
        Arbitrary<String> page = Combinators.combine(frontMatter, blocks(3)).as(String::concat);
        return Combinators.combine(page, mutation().list().ofMaxSize(4)).as((text, mutations) -> {
            String mutated = text;
            for (UnaryOperator<String> mutation : mutations) {
                mutated = mutation.apply(mutated);
            }
            return mutated;
        });
    }

    /** Blocks separated as Markdown separates them, containers holding more of them down to {@code depth}. */
    static Arbitrary<String> blocks(int depth) {
        Arbitrary<String> block = depth == 0 ? leaf()
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, leaf()),
                        net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> container(depth - 1))));
        Arbitrary<String> separator = Arbitraries.of("\n\n", "\n", "\n\n\n");
        return Combinators.combine(block, separator).as(String::concat).list().ofMinSize(1).ofMaxSize(6)
                .map(parts -> String.join("", parts));
    }

    private static Arbitrary<String> leaf() {
        return Arbitraries.of(LEAVES);
    }

    private static Arbitrary<String> container(int depth) {
        Arbitrary<String> body = blocks(depth);
        return Arbitraries.oneOf(
                body.map(b -> "!!! note \"A title\"\n\n" + indent(b, "    ")),
                body.map(b -> "??? tip\n" + indent(b, "    ")),
                body.map(b -> "???+ warning inline end \"\"\n\n" + indent(b, "\t")),
                body.map(b -> "!!! danger\n" + indent(b, "  ")),
                body.map(b -> "<div markdown>\n\n" + b + "\n\n</div>"),
                body.map(b -> "<div class=\"result\" markdown=\"1\">\n" + b + "\n</div>"),
                body.map(b -> "<details markdown>\n<summary>Summary</summary>\n\n" + b + "\n</details>"),
                body.map(b -> indent(b, "> ")),
                body.map(b -> hanging("- ", b, "    ")),
                body.map(b -> hanging("1. ", b, "   ")),
                body.map(b -> "=== \"First\"\n\n" + indent(b, "    ") + "\n\n=== \"Second\"\n\n    Second tab."),
                body.map(b -> "===! \"Restart\"\n" + indent(b, "    ")),
                body.map(b -> "/// note | Title\n" + b + "\n///"),
                body.map(b -> "Term\n" + hanging(":   ", b, "    ")));
    }

    private static Arbitrary<UnaryOperator<String>> mutation() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(
                at.map(DialectPages::cut),
                Combinators.combine(at, at).as(DialectPages::drop),
                Combinators.combine(at, at, Arbitraries.integers().between(2, 40)).as(DialectPages::repeat),
                at.map(DialectPages::swap),
                Combinators.combine(at, Arbitraries.of(HOSTILE)).as(DialectPages::insert),
                Arbitraries.of("  ", "    ", "\t", "> ", "- ").map(prefix -> (UnaryOperator<String>) text -> indent(text, prefix)),
                Arbitraries.integers().between(1, 60).map(DialectPages::nestInQuotes),
                Arbitraries.integers().between(1, 30).map(DialectPages::nestInDivs));
    }

    private static UnaryOperator<String> cut(double at) {
        return text -> text.substring(0, index(text, at));
    }

    private static UnaryOperator<String> drop(double from, double to) {
        return text -> {
            int a = index(text, Math.min(from, to));
            int b = index(text, Math.max(from, to));
            return text.substring(0, a) + text.substring(b);
        };
    }

    private static UnaryOperator<String> repeat(double from, double to, int times) {
        return text -> {
            int a = index(text, Math.min(from, to));
            int b = Math.min(index(text, Math.max(from, to)), a + 400);
            return text.substring(0, b) + text.substring(a, b).repeat(times - 1) + text.substring(b);
        };
    }

    private static UnaryOperator<String> swap(double at) {
        return text -> {
            int i = index(text, at);
            if (i + 1 >= text.length()) {
                return text;
            }
            return text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
        };
    }

    private static UnaryOperator<String> insert(double at, String hostile) {
        return text -> {
            int i = index(text, at);
            return text.substring(0, i) + hostile + text.substring(i);
        };
    }

    private static UnaryOperator<String> nestInQuotes(int levels) {
        return text -> indent(text, "> ".repeat(levels));
    }

    private static UnaryOperator<String> nestInDivs(int levels) {
        return text -> "<div markdown>\n\n".repeat(levels) + text + "\n\n</div>".repeat(levels);
    }

    private static int index(String text, double at) {
        return Math.min(text.length(), (int) (at * (text.length() + 1)));
    }

    /** The first line after {@code first}, the others indented: a list item's or definition's body. */
    private static String hanging(String first, String text, String rest) {
        int end = text.indexOf('\n');
        return end < 0 ? first + text : first + text.substring(0, end) + "\n" + indent(text.substring(end + 1), rest);
    }

    static String indent(String text, String prefix) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.isEmpty() ? line : prefix + line);
        }
        return String.join("\n", lines);
    }
}
