package dev.folio.render.html.internal;

import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.CodeBlock;
import dev.folio.render.kit.highlight.Highlighter;
import dev.folio.render.kit.highlight.Token;
import dev.folio.render.kit.CodeAnnotations;
import dev.folio.render.kit.Escaping;
import dev.folio.render.kit.MarkupWriter;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A code block as pymdownx.highlight with Pygments writes it under Material, as the site's
 * {@link HighlightSettings} shape it: {@code <div class="highlight">} ({@code language-x} first with
 * {@code pygments_lang_class}; the fence's {@code .class}, {@code #id} and {@code data-} attributes on it), an optional
 * {@code <span class="filename">} title (the fence's {@code title=}, or the language's with {@code auto_title}),
 * then {@code <pre><span></span><code>} holding one span per token ({@code <span class="c1">…</span>}), spans closed
 * at each line end. Line by line, as Pygments wraps them: the inline line number, the highlighted line
 * ({@code hl_lines="2 4-5"}, {@code <span class="hll">}), the line's anchor, the line's span. With
 * {@code linenums="start step special"} in the table style the code sits in Pygments' {@code highlighttable}
 * beside the numbers. Without Pygments: {@code <pre class="highlight"><code class="language-x">} and the code.
 */
final class CodeBlockHtml {

    private CodeBlockHtml() {
    }

    /**
     * The annotations of a block followed by their list: which tokens may hold markers, and each annotation's HTML.
     */
    record Annotations(CodeAnnotations settings, CodeAnnotations.Notes notes) {
    }

    static void write(MarkupWriter out, CodeBlock code) {
        write(out, code, HighlightSettings.DEFAULT, 0, null);
    }

    /**
     * @param number      the block's number on the page, from 0, which line ids and anchors carry
     * @param annotations the block's annotations, when a list follows it and annotations are on
     */
    static void write(MarkupWriter out, CodeBlock code, HighlightSettings settings, int number,
            @Nullable Annotations annotations) {
        Map<String, String> attributes = new TreeMap<>();
        List<String> classes = new ArrayList<>();
        for (Attributes.Attribute option : code.options()) {
            String name = option.name();
            if (name.startsWith(".") && name.length() > 1 && option.value().isEmpty()) {
                classes.add(name.substring(1));
            } else if (name.startsWith("#") && name.length() > 1 && option.value().isEmpty()) {
                attributes.put("id", name.substring(1));
            } else if (name.startsWith("data-") && Escaping.isSafeName(name)) {
                attributes.put(name, option.value());
            }
        }
        String language = code.language();
        String languageClass = language.isEmpty() ? "" : settings.languagePrefix() + language;
        if (!settings.usePygments()) {
            // Left to a JavaScript highlighter: the fence's id, classes and attributes on <code>, as pymdownx does.
            classes.add(0, languageClass);
            code.option("linenums").filter(n -> !n.isBlank()).ifPresent(n -> attributes.put("linenums", n.strip()));
            String classNames = String.join(" ", classes.stream().filter(c -> !c.isEmpty()).toList());
            if (!classNames.isEmpty()) {
                attributes.put("class", classNames);
            }
            String text = code.code().endsWith("\n") ? code.code().substring(0, code.code().length() - 1) : code.code();
            out.start("pre").attr("class", settings.classOnPlainPre() ? settings.cssClass() : "")
                    .start("code", dev.folio.model.doc.Attributes.EMPTY,
                    attributes).text(text).end().end().newline();
            return;
        }
        if (settings.langClass() && !languageClass.isEmpty()) {
            classes.add(0, languageClass);
        }
        classes.add(settings.cssClass());
        attributes.put("class", String.join(" ", classes));
        out.start("div", code.attributes(), attributes);
        String title = !code.title().isEmpty() ? code.title()
                : settings.autoTitle() ? settings.autoTitle(language) : "";
        if (!title.isEmpty()) {
            out.element("span", "filename", title);
        }
        String source = settings.stripNewlines() ? withoutEndNewlines(code.code()) : code.code();
        List<String> lines = lines(settings.lexer(language), source, language, annotations);
        BitSet highlighted = lineSet(code.option("hl_lines").orElse(""), lines.size());
        long[] numbering = numbering(code.option("linenums").orElse(""), settings);
        long start = numbering[0];
        long step = numbering[1];
        long special = numbering[2];
        boolean table = start > 0 && settings.linenumsStyle().equals("table");
        boolean inline = start > 0 && !table;
        long first = Math.max(start, 1);
        int width = String.valueOf(first + lines.size() - 1).length();
        if (table) {
            // Pygments names the table after the block's class: highlighttable, codehilitetable.
            out.raw("<table class=\"" + settings.cssClass() + "table\"><tr><td class=\"linenos\"><div class=\"linenodiv\"><pre><span></span>");
            for (int i = 0; i < lines.size(); i++) {
                long line = first + i;
                String shown = line % step == 0 ? padded(line, width) : " ".repeat(width);
                if (line % step == 0 && settings.anchorLinenums()) {
                    shown = "<a href=\"#" + settings.lineAnchors() + "-" + number + "-" + line + "\">" + shown + "</a>";
                }
                out.raw("<span class=\"" + (special > 0 && line % special == 0 ? "special" : "normal") + "\">")
                        .raw(shown).raw("</span>").raw(i + 1 < lines.size() ? "\n" : "");
            }
            out.raw("</pre></div></td><td class=\"code\"><div>");
        }
        out.raw("<pre><span></span><code>");
        for (int i = 0; i < lines.size(); i++) {
            long line = first + i;
            StringBuilder html = new StringBuilder();
            if (inline) {
                String shown = line % step == 0 ? padded(line, width) + " " : " ".repeat(width + 1);
                String style = special > 0 && line % special == 0 ? "linenos special" : "linenos";
                if (settings.linenumsStyle().equals("pymdownx-inline")) {
                    html.append("<span class=\"").append(style).append("\" data-linenos=\"").append(shown)
                            .append("\"></span>");
                } else {
                    html.append("<span class=\"").append(style).append("\">").append(shown).append("</span>");
                }
            }
            html.append(lines.get(i)).append('\n');
            if (highlighted.get(i + 1)) {
                html.insert(0, "<span class=\"hll\">").append("</span>");
            }
            if (!settings.lineAnchors().isEmpty()) {
                String id = settings.lineAnchors() + "-" + number + "-" + line;
                html.insert(0, "<a id=\"" + id + "\" name=\"" + id + "\""
                        + (settings.anchorLinenums() ? " href=\"#" + id + "\"" : "") + "></a>");
            }
            if (!settings.lineSpans().isEmpty()) {
                html.insert(0, "<span id=\"" + settings.lineSpans() + "-" + number + "-" + line + "\">")
                        .append("</span>");
            }
            out.raw(html.toString());
        }
        out.raw("</code></pre>");
        if (table) {
            out.raw("</div></td></tr></table>");
        }
        out.end().newline();
    }

    private static String padded(long number, int width) {
        String text = String.valueOf(number);
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    /**
     * {@code linenums="start step special"}: the first line's number (0: none), every how many lines a number is
     * shown, every how many a line is special; the site's {@code linenums} turns them on for every block, or off
     * for all.
     */
    private static long[] numbering(String fence, HighlightSettings settings) {
        if (settings.linenums().equals(java.util.Optional.of(false))) {
            return new long[] {0, 1, 0};
        }
        String[] parts = fence.trim().split("\\s+");
        long start = lineNumberStart(parts[0]);
        if (start == 0 && settings.linenums().orElse(false)) {
            start = 1;
        }
        long step = parts.length > 1 ? Math.max(1, positive(parts[1])) : 1;
        long special = parts.length > 2 ? positive(parts[2]) : Math.max(0, settings.linenumsSpecial());
        return new long[] {start, step, special};
    }

    /** Inline code's token spans, its lines (if any) joined as written. */
    static String inline(String language, String code) {
        return String.join("\n", lines(language, code, language, null));
    }

    /**
     * The code's lines as HTML, without their line ends; every span opened on a line is closed on it. A comment's
     * markers become the annotations, when there are any.
     */
    /** Pygments' {@code stripnl}: the code without the newlines it starts and ends with. */
    private static String withoutEndNewlines(String code) {
        int start = 0;
        int end = code.length();
        while (start < end && code.charAt(start) == '\n') {
            start++;
        }
        while (end > start && code.charAt(end - 1) == '\n') {
            end--;
        }
        return code.substring(start, end);
    }

    private static List<String> lines(String lexer, String code, String language, @Nullable Annotations annotations) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Token token : Highlighter.tokens(lexer, code)) {
            boolean markers = annotations != null && annotations.settings().holdsMarkers(token.cssClass(), language);
            int from = token.start();
            while (from < token.end()) {
                int newline = code.indexOf('\n', from);
                boolean lineEnds = newline >= 0 && newline < token.end();
                int to = lineEnds ? newline : token.end();
                if (to > from && markers) {
                    annotatedSpan(line, token.cssClass(), code.substring(from, to), annotations.notes());
                } else if (to > from) {
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

    /** A comment's span with its markers replaced by their annotations, inside it, as Material's script does. */
    private static void annotatedSpan(StringBuilder line, String cssClass, String text, CodeAnnotations.Notes notes) {
        line.append("<span class=\"").append(cssClass).append("\">");
        for (CodeAnnotations.Piece piece : CodeAnnotations.split(text)) {
            if (piece instanceof CodeAnnotations.Plain plain) {
                Escaping.htmlAttribute(line, plain.text());
            } else if (piece instanceof CodeAnnotations.Marker marker) {
                String annotation = notes.annotation(marker.number());
                line.append(annotation != null ? annotation : "(" + marker.number() + ")");
            }
        }
        line.append("</span>");
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
