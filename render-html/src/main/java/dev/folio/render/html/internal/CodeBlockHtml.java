package dev.folio.render.html.internal;

import dev.folio.model.doc.CodeBlock;
import dev.folio.render.html.internal.highlight.Highlighter;
import dev.folio.render.html.internal.highlight.Token;
import dev.folio.render.kit.Escaping;
import dev.folio.render.kit.MarkupWriter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A code block as pymdownx.highlight with Pygments writes it under Material:
 * {@code <div class="language-x highlight">}, an optional {@code <span class="filename">} title, then
 * {@code <pre><span></span><code>} holding one span per token ({@code <span class="c1">…</span>}), spans
 * closed at each line end, highlighted lines ({@code hl_lines="2 4-5"}) wrapped in {@code <span class="hll">}.
 * With {@code linenums="N"} the code sits in Pygments' {@code highlighttable} beside the line numbers.
 */
final class CodeBlockHtml {

    private CodeBlockHtml() {
    }

    static void write(MarkupWriter out, CodeBlock code) {
        String classes = code.language().isEmpty() ? "highlight" : "language-" + code.language() + " highlight";
        out.start("div", code.attributes(), Map.of("class", classes));
        if (!code.title().isEmpty()) {
            out.element("span", "filename", code.title());
        }
        List<String> lines = lines(code.language(), code.code());
        BitSet highlighted = lineSet(code.option("hl_lines").orElse(""), lines.size());
        long start = lineNumberStart(code.option("linenums").orElse(""));
        if (start > 0) {
            out.raw("<table class=\"highlighttable\"><tr><td class=\"linenos\"><div class=\"linenodiv\"><pre><span></span>");
            int width = String.valueOf(start + lines.size() - 1).length();
            for (int i = 0; i < lines.size(); i++) {
                String number = String.valueOf(start + i);
                out.element("span", "normal", " ".repeat(width - number.length()) + number)
                        .raw(i + 1 < lines.size() ? "\n" : "");
            }
            out.raw("</pre></div></td><td class=\"code\"><div>");
        }
        out.raw("<pre><span></span><code>");
        for (int i = 0; i < lines.size(); i++) {
            if (highlighted.get(i + 1)) {
                out.start("span").attr("class", "hll").raw(lines.get(i)).newline().end();
            } else {
                out.raw(lines.get(i)).newline();
            }
        }
        out.raw("</code></pre>");
        if (start > 0) {
            out.raw("</div></td></tr></table>");
        }
        out.end().newline();
    }

    /** The code's lines as HTML, without their line ends; every span opened on a line is closed on it. */
    private static List<String> lines(String language, String code) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Token token : Highlighter.tokens(language, code)) {
            int from = token.start();
            while (from < token.end()) {
                int newline = code.indexOf('\n', from);
                boolean lineEnds = newline >= 0 && newline < token.end();
                int to = lineEnds ? newline : token.end();
                if (to > from) {
                    span(line, token.cssClass(), code.substring(from, to));
                }
                if (lineEnds) {
                    lines.add(line.toString());
                    line.setLength(0);
                    to++;
                }
                from = to;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void span(StringBuilder line, String cssClass, String text) {
        if (cssClass.isEmpty()) {
            Escaping.htmlAttribute(line, text);
        } else {
            line.append("<span class=\"").append(cssClass).append("\">");
            Escaping.htmlAttribute(line, text);
            line.append("</span>");
        }
    }

    /** {@code hl_lines="2 4-5"}: line numbers counted from 1 whatever linenums says, as pymdownx does. */
    private static BitSet lineSet(String spec, int lineCount) {
        BitSet lines = new BitSet();
        for (String part : spec.trim().split("\\s+")) {
            String[] range = part.split("-", 2);
            int from = positive(range[0]);
            int to = range.length == 2 ? positive(range[1]) : from;
            // Lines past the end are ignored, as Python-Markdown ignores them (a block shortened, a snippet's lines).
            if (from > 0 && to >= from && from <= lineCount) {
                lines.set(from, Math.min(to, lineCount) + 1);
            }
        }
        return lines;
    }

    /** Any start Pygments takes (it counts in Python's unbounded integers); beyond a long, no numbers. */
    private static long lineNumberStart(String value) {
        String number = value.trim();
        if (number.isEmpty() || number.length() > 15 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        return Long.parseLong(number);
    }

    private static int positive(String number) {
        if (number.isEmpty() || number.length() > 6 || !number.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(number);
    }
}
