package dev.folio.render.pdf.internal;

import dev.folio.render.kit.MarkupWriter;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw HTML from the source into well-formed, harmless XHTML: a small set of presentational
 * elements is kept with their classes, everything else is unwrapped to its text, and scripts,
 * styles and embedded objects are dropped. Fragments may be unbalanced (inline HTML arrives one
 * tag at a time): an end tag closes only an element raw HTML opened above {@code floor}, and the
 * caller closes whatever is left open at the end of its container.
 */
final class RawHtml {
    /**
     * Attributes bounded in number (no real tag has 256): the regex engine recurses once per repetition. Every
     * quantifier possessive: a quoted value is also an unquoted one ("a b" or "a then b"), and a tag with forty
     * such values and no > backtracked through 2^40 readings (a guide's writing hung).
     */
    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?(?:-->|$)|<!\\[CDATA\\[.*?(?:]]>|$)|<[!?][^>]*>"
                    + "|<(/?)([a-zA-Z][a-zA-Z0-9:-]*+)((?:\\s++[^\\s/>=]++(?:\\s*+=\\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\\s>]++))?+){0,256}+)\\s*+(/?)>",
            Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s/>=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    private static final Set<String> KEPT = Set.of("b", "strong", "i", "em", "u", "s", "del", "ins", "mark",
            "small", "sub", "sup", "code", "kbd", "span", "p", "div", "blockquote", "ul", "ol", "li", "pre", "table",
            "thead", "tbody", "tfoot", "tr", "th", "td", "dl", "dt", "dd", "figure", "figcaption", "abbr", "a",
            "caption");
    /** Elements renamed to something print understands. */
    private static final Map<String, String> RENAMED = Map.ofEntries(Map.entry("details", "div"),
            Map.entry("summary", "p"), Map.entry("center", "div"), Map.entry("section", "div"),
            Map.entry("article", "div"), Map.entry("aside", "div"), Map.entry("h1", "p"), Map.entry("h2", "p"),
            Map.entry("h3", "p"), Map.entry("h4", "p"), Map.entry("h5", "p"), Map.entry("h6", "p"),
            Map.entry("strike", "s"), Map.entry("tt", "code"), Map.entry("samp", "code"), Map.entry("var", "em"),
            Map.entry("cite", "em"), Map.entry("q", "span"), Map.entry("nav", "div"), Map.entry("header", "div"),
            Map.entry("footer", "div"), Map.entry("main", "div"), Map.entry("label", "span"));
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "meta", "link", "wbr", "source",
            "area", "col", "embed", "param", "track", "base");
    /** Dropped together with everything inside them. */
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "noscript", "template",
            "video", "audio", "svg", "math", "canvas", "select", "textarea", "head", "title");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("nbsp", "\u00A0"),
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("times", "×"),
            Map.entry("rarr", "→"), Map.entry("larr", "←"), Map.entry("shy", "\u00AD"), Map.entry("zwj", "\u200D"),
            Map.entry("zwnj", "\u200C"), Map.entry("lrm", "\u200E"), Map.entry("rlm", "\u200F"),
            Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"), Map.entry("thinsp", "\u2009"),
            Map.entry("deg", "°"), Map.entry("euro", "€"), Map.entry("check", "✓"));

    private final MarkupWriter out;
    private final UnaryOperator<String> hrefs;

    /** @param hrefs maps an {@code href} as written to the one to print, or {@code null} to drop the link */
    RawHtml(MarkupWriter out, UnaryOperator<String> hrefs) {
        this.out = out;
        this.hrefs = hrefs;
    }

    void write(String html, int floor) {
        Matcher token = TOKEN.matcher(html);
        int at = 0;
        while (token.find(at)) {
            text(html.substring(at, token.start()));
            at = token.end();
            String name = token.group(2);
            if (name == null) {
                continue; // comment, doctype, processing instruction
            }
            name = name.toLowerCase(Locale.ROOT);
            boolean end = !token.group(1).isEmpty();
            if (DROPPED.contains(name)) {
                if (!end && token.group(4).isEmpty()) {
                    at = skipPast(html, at, name);
                }
            } else if (end) {
                close(RENAMED.getOrDefault(name, name), floor);
            } else if (name.equals("br")) {
                out.empty("br");
            } else if (name.equals("hr")) {
                out.empty("hr");
            } else if (name.equals("img")) {
                Attrs image = attributes(token.group(3));
                if (!image.get("src").map(Resources::forDarkModeOnly).orElse(false)) {
                    image.get("alt").ifPresent(this::text);
                }
            } else if (!VOID.contains(name)) {
                open(name, attributes(token.group(3)), !token.group(4).isEmpty());
            }
        }
        text(html.substring(at));
    }

    private void open(String name, Attrs attrs, boolean selfClosing) {
        String element = RENAMED.getOrDefault(name, name);
        if (!KEPT.contains(element)) {
            return; // unwrapped: its text is kept, the element is not
        }
        String href = element.equals("a") ? attrs.get("href").map(hrefs).orElse(null) : null;
        if (element.equals("a") && href == null) {
            element = "span";
        }
        out.start(element).attr("class", attrs.get("class").orElse(name.equals("summary") ? "summary" : ""))
                .attr("title", attrs.get("title").orElse(""));
        if (href != null) {
            out.attr("href", href);
        }
        if (element.equals("td") || element.equals("th")) {
            out.attr("colspan", attrs.get("colspan").filter(v -> v.matches("[0-9]{1,3}")).orElse(""));
            out.attr("rowspan", attrs.get("rowspan").filter(v -> v.matches("[0-9]{1,3}")).orElse(""));
        }
        if (selfClosing) {
            out.end();
        }
    }

    /** Closes the innermost open element of that name, and what is open inside it, if raw HTML opened it. */
    private void close(String element, int floor) {
        if (!KEPT.contains(element) && !element.equals("span")) {
            return;
        }
        int depth = out.depth();
        // Walk down from the top: the writer knows only the innermost name, so close speculatively.
        for (int d = depth; d > floor; d--) {
            if (nameAt(d).equals(element) || (element.equals("a") && nameAt(d).equals("span"))) {
                out.closeTo(d - 1);
                return;
            }
        }
    }

    private String nameAt(int depth) {
        return out.nameAtDepth(depth);
    }

    private void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        int at = 0;
        while (entity.find()) {
            decoded.append(text, at, entity.start()).append(decode(entity.group(1), entity.group()));
            at = entity.end();
        }
        decoded.append(text, at, text.length());
        out.text(decoded.toString());
    }

    private static String decode(String name, String written) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
            } catch (NumberFormatException e) {
                return written;
            }
        }
        return ENTITIES.getOrDefault(name, written);
    }

    private static int skipPast(String html, int from, String name) {
        Matcher close = Pattern.compile("</" + Pattern.quote(name) + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(html);
        return close.find(from) ? close.end() : html.length();
    }

    private static Attrs attributes(String written) {
        return new Attrs(written == null ? "" : written);
    }

    /** The attributes of one tag, read on demand. */
    private record Attrs(String written) {
        java.util.Optional<String> get(String name) {
            Matcher m = ATTRIBUTE.matcher(written);
            String value = null;
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                            : m.group(4) != null ? m.group(4) : "";
                }
            }
            return java.util.Optional.ofNullable(value);
        }
    }
}
