package dev.folio.render.html.internal;

import dev.folio.model.doc.CodeBlock;
import dev.folio.render.html.internal.highlight.Highlighter;
import dev.folio.render.html.internal.highlight.Token;

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

    static void write(StringBuilder out, CodeBlock code) {
        String classes = code.language().isEmpty() ? "highlight" : "language-" + code.language() + " highlight";
        Html.openTag(out, "div", code.attributes(), Map.of("class", classes));
        if (!code.title().isEmpty()) {
            out.append("<span class=\"filename\">").append(Html.text(code.title())).append("</span>");
        }
        List<String> lines = lines(code.language(), code.code());
        BitSet highlighted = lineSet(code.option("hl_lines").orElse(""), lines.size());
        long start = lineNumberStart(code.option("linenums").orElse(""));
        if (start > 0) {
            out.append("<table class=\"highlighttable\"><tr><td class=\"linenos\"><div class=\"linenodiv\"><pre><span></span>");
            int width = String.valueOf(start + lines.size() - 1).length();
            for (int i = 0; i < lines.size(); i++) {
                String number = String.valueOf(start + i);
                out.append("<span class=\"normal\">").append(" ".repeat(width - number.length())).append(number)
                        .append("</span>").append(i + 1 < lines.size() ? "\n" : "");
            }
            out.append("</pre></div></td><td class=\"code\"><div>");
        }
        out.append("<pre><span></span><code>");
        for (int i = 0; i < lines.size(); i++) {
            if (highlighted.get(i + 1)) {
                out.append("<span class=\"hll\">").append(lines.get(i)).append("\n</span>");
            } else {
                out.append(lines.get(i)).append('\n');
            }
        }
        out.append("</code></pre>");
        if (start > 0) {
            out.append("</div></td></tr></table>");
        }
        out.append("</div>\n");
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
            Html.appendAttributeValue(line, text);
        } else {
            line.append("<span class=\"").append(cssClass).append("\">");
            Html.appendAttributeValue(line, text);
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
