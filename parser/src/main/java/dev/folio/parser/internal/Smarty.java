package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Inline;

/**
 * Python-Markdown's smarty: dashes, ellipses, angled and curly quotes in text become the HTML of its
 * {@code substitutions} ({@code &mdash;}, {@code &ldquo;}, …), with its rules, in its order, on each text node apart
 * (never in code), as {@link Substitutions}. Immutable.
 */
final class Smarty {
    private static final String PUNCT = "[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]";
    private static final String CLOSE = "[^ \\t\\r\\n\\[{(\\-\\u0002\\u0003]";
    private static final String OPENING = "(\\s|&nbsp;|--|–|—|&[mn]dash;|&#8211;|&#8212;)";
    private static final Map<String, String> DEFAULTS = Map.of("mdash", "&mdash;", "ndash", "&ndash;",
            "ellipsis", "&hellip;", "left-angle-quote", "&laquo;", "right-angle-quote", "&raquo;",
            "left-single-quote", "&lsquo;", "right-single-quote", "&rsquo;", "left-double-quote", "&ldquo;",
            "right-double-quote", "&rdquo;");

    private final Substitutions rules;

    private Smarty(Substitutions rules) {
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
        List<Substitutions.Rule> rules = new ArrayList<>();
        if (on(options, "smart_dashes", true)) {
            rules.add(Substitutions.Rule.of("(?<!-)---(?!-)", subs.get("mdash")));
            rules.add(Substitutions.Rule.of("(?<!-)--(?!-)", subs.get("ndash")));
        }
        if (on(options, "smart_angled_quotes", false)) {
            rules.add(Substitutions.Rule.of("<<", subs.get("left-angle-quote")));
            rules.add(Substitutions.Rule.of(">>", subs.get("right-angle-quote")));
        }
        if (on(options, "smart_quotes", true)) {
            String lsquo = subs.get("left-single-quote");
            String rsquo = subs.get("right-single-quote");
            String ldquo = subs.get("left-double-quote");
            String rdquo = subs.get("right-double-quote");
            rules.add(Substitutions.Rule.of("^'(?=" + PUNCT + "\\B)", rsquo));
            rules.add(Substitutions.Rule.of("^\"(?=" + PUNCT + "\\B)", rdquo));
            rules.add(Substitutions.Rule.of("\"'(?=\\w)", ldquo + lsquo));
            rules.add(Substitutions.Rule.of("'\"(?=\\w)", lsquo + ldquo));
            rules.add(Substitutions.Rule.of("(?<!\\w)'(?=\\d{2}s)", rsquo));
            rules.add(Substitutions.Rule.of(OPENING + "'(?=\\w)", List.of(1, lsquo)));
            rules.add(Substitutions.Rule.of("(?<=" + CLOSE + ")'(?!\\s|s\\b|\\d)", rsquo));
            rules.add(Substitutions.Rule.of("(?<=" + CLOSE + ")'(\\s|s\\b)", List.of(rsquo, 1)));
            rules.add(Substitutions.Rule.of("'", lsquo));
            rules.add(Substitutions.Rule.of(OPENING + "\"(?=\\w)", List.of(1, ldquo)));
            rules.add(Substitutions.Rule.of("\"(?=\\s)", rdquo));
            rules.add(Substitutions.Rule.of("(?<=" + CLOSE + ")\"", rdquo));
            rules.add(Substitutions.Rule.of("\"", ldquo));
        }
        if (on(options, "smart_ellipses", true)) {
            rules.add(Substitutions.Rule.of("(?<!\\.)\\.{3}(?!\\.)", subs.get("ellipsis")));
        }
        return rules.isEmpty() ? Optional.empty() : Optional.of(new Smarty(new Substitutions(rules)));
    }

    private static boolean on(Map<String, Object> options, String name, boolean otherwise) {
        Object value = options.get(name);
        return value instanceof Boolean flag ? flag : value == null ? otherwise : Boolean.parseBoolean(String.valueOf(value));
    }

    /** Appends the text as plain text and substituted HTML. */
    void apply(String text, SourcePosition at, List<Inline> out) {
        rules.apply(text, at, out);
    }
}
