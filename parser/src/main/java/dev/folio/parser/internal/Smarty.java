package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Text;

/**
 * Python-Markdown's smarty: dashes, ellipses, angled and curly quotes in text become the HTML of its
 * {@code substitutions} ({@code &mdash;}, {@code &ldquo;}, …), with its rules, in its order, on each text node apart
 * (never in code). A replaced piece is a placeholder the later rules see as Python-Markdown's stash markers, so that
 * their look-behinds read it as it does. Immutable.
 */
final class Smarty {
    private static final String PUNCT = "[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]";
    private static final String CLOSE = "[^ \\t\\r\\n\\[{(\\-\\u0002\\u0003]";
    private static final String OPENING = "(\\s|&nbsp;|--|–|—|&[mn]dash;|&#8211;|&#8212;)";
    private static final Map<String, String> DEFAULTS = Map.of("mdash", "&mdash;", "ndash", "&ndash;",
            "ellipsis", "&hellip;", "left-angle-quote", "&laquo;", "right-angle-quote", "&raquo;",
            "left-single-quote", "&lsquo;", "right-single-quote", "&rsquo;", "left-double-quote", "&ldquo;",
            "right-double-quote", "&rdquo;");

    /** A pattern and what replaces a match: group numbers (kept text) and HTML (placeholders). */
    private record Rule(Pattern pattern, List<Object> parts) {
    }

    private final List<Rule> rules;

    private Smarty(List<Rule> rules) {
        this.rules = rules;
    }

    /** The site's smarty, when it enables the extension. */
    static Optional<Smarty> of(MkDocsConfig config) {
        if (!config.hasExtension("smarty")) {
            return Optional.empty();
        }
        Map<String, Object> options = config.extension("smarty");
        Map<String, String> subs = new HashMap<>(DEFAULTS);
        MkDocsConfig.asMap(options.get("substitutions")).forEach((key, value) -> subs.put(key, String.valueOf(value)));
        // Python-Markdown's priorities: em and en dashes (50, 45), angled quotes (40, 35), quotes (30…), ellipses (10).
        List<Rule> rules = new ArrayList<>();
        if (on(options, "smart_dashes", true)) {
            rules.add(rule("(?<!-)---(?!-)", subs.get("mdash")));
            rules.add(rule("(?<!-)--(?!-)", subs.get("ndash")));
        }
        if (on(options, "smart_angled_quotes", false)) {
            rules.add(rule("<<", subs.get("left-angle-quote")));
            rules.add(rule(">>", subs.get("right-angle-quote")));
        }
        if (on(options, "smart_quotes", true)) {
            String lsquo = subs.get("left-single-quote");
            String rsquo = subs.get("right-single-quote");
            String ldquo = subs.get("left-double-quote");
            String rdquo = subs.get("right-double-quote");
            rules.add(rule("^'(?=" + PUNCT + "\\B)", rsquo));
            rules.add(rule("^\"(?=" + PUNCT + "\\B)", rdquo));
            rules.add(rule("\"'(?=\\w)", ldquo + lsquo));
            rules.add(rule("'\"(?=\\w)", lsquo + ldquo));
            rules.add(rule("(?<!\\w)'(?=\\d{2}s)", rsquo));
            rules.add(new Rule(compile(OPENING + "'(?=\\w)"), List.of(1, lsquo)));
            rules.add(rule("(?<=" + CLOSE + ")'(?!\\s|s\\b|\\d)", rsquo));
            rules.add(new Rule(compile("(?<=" + CLOSE + ")'(\\s|s\\b)"), List.of(rsquo, 1)));
            rules.add(rule("'", lsquo));
            rules.add(new Rule(compile(OPENING + "\"(?=\\w)"), List.of(1, ldquo)));
            rules.add(rule("\"(?=\\s)", rdquo));
            rules.add(rule("(?<=" + CLOSE + ")\"", rdquo));
            rules.add(rule("\"", ldquo));
        }
        if (on(options, "smart_ellipses", true)) {
            rules.add(rule("(?<!\\.)\\.{3}(?!\\.)", subs.get("ellipsis")));
        }
        return rules.isEmpty() ? Optional.empty() : Optional.of(new Smarty(List.copyOf(rules)));
    }

    private static boolean on(Map<String, Object> options, String name, boolean otherwise) {
        Object value = options.get(name);
        return value instanceof Boolean flag ? flag : value == null ? otherwise : Boolean.parseBoolean(String.valueOf(value));
    }

    private static Rule rule(String regex, String html) {
        return new Rule(compile(regex), List.of(html));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Appends the text as plain text and substituted HTML. */
    void apply(String text, SourcePosition at, List<Inline> out) {
        if (text.indexOf('\u0002') >= 0 || text.indexOf('\u0003') >= 0) {
            out.add(new Text(text, Attributes.EMPTY, at)); // the placeholders' own characters: left as written
            return;
        }
        List<String> stash = new ArrayList<>();
        String data = text;
        for (Rule rule : rules) {
            int from = 0;
            Matcher m = rule.pattern().matcher(data);
            while (from <= data.length() && m.find(from)) {
                StringBuilder replaced = new StringBuilder();
                for (Object part : rule.parts()) {
                    if (part instanceof Integer group) {
                        replaced.append(m.group(group) == null ? "" : m.group(group));
                    } else {
                        replaced.append('\u0002').append(stash.size()).append('\u0003');
                        stash.add((String) part);
                    }
                }
                data = data.substring(0, m.start()) + replaced + data.substring(m.end());
                from = m.start() + replaced.length();
                if (replaced.length() == 0 && m.end() == m.start()) {
                    from++;
                }
                m = rule.pattern().matcher(data);
            }
        }
        if (stash.isEmpty()) {
            out.add(new Text(text, Attributes.EMPTY, at));
            return;
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            int close = c == '\u0002' ? data.indexOf('\u0003', i) : -1;
            if (close > i) {
                if (plain.length() > 0) {
                    out.add(new Text(plain.toString(), Attributes.EMPTY, at));
                    plain.setLength(0);
                }
                out.add(new RawInline(stash.get(Integer.parseInt(data.substring(i + 1, close))), Attributes.EMPTY, at));
                i = close;
            } else {
                plain.append(c);
            }
        }
        if (plain.length() > 0) {
            out.add(new Text(plain.toString(), Attributes.EMPTY, at));
        }
    }
}
