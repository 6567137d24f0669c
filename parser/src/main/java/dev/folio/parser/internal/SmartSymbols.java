package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Inline;

/**
 * pymdownx.smartsymbols: {@code (tm)}, {@code (c)}, {@code (r)}, {@code +/-}, arrows ({@code -->}, {@code <--},
 * {@code <-->}), {@code =/=}, fractions ({@code 1/4}), ordinals ({@code 1st} → 1<sup>st</sup>) and {@code c/o} become
 * their symbols, each switchable by its option, with pymdownx's patterns in its order, on text only (never in code).
 * Immutable.
 */
final class SmartSymbols {
    private static final Map<String, String> FRACTIONS = Map.ofEntries(Map.entry("1/4", "&frac14;"),
            Map.entry("1/2", "&frac12;"), Map.entry("3/4", "&frac34;"), Map.entry("1/3", "&#8531;"),
            Map.entry("2/3", "&#8532;"), Map.entry("1/5", "&#8533;"), Map.entry("2/5", "&#8534;"),
            Map.entry("3/5", "&#8535;"), Map.entry("4/5", "&#8536;"), Map.entry("1/6", "&#8537;"),
            Map.entry("5/6", "&#8538;"), Map.entry("1/8", "&#8539;"), Map.entry("3/8", "&#8540;"),
            Map.entry("5/8", "&#8541;"), Map.entry("7/8", "&#8542;"));
    private static final Map<String, String> ARROWS = Map.of("-->", "&rarr;", "<--", "&larr;", "<-->", "&harr;");

    private final Substitutions rules;

    private SmartSymbols(Substitutions rules) {
        this.rules = rules;
    }

    /** The site's smart symbols, when it enables the extension and leaves one on. */
    static Optional<SmartSymbols> of(MkDocsConfig config) {
        if (!config.hasExtension("pymdownx.smartsymbols")) {
            return Optional.empty();
        }
        Map<String, Object> options = config.extension("pymdownx.smartsymbols");
        List<Substitutions.Rule> rules = new ArrayList<>();
        if (on(options, "trademark")) {
            rules.add(Substitutions.Rule.of("\\(tm\\)", "&trade;"));
        }
        if (on(options, "copyright")) {
            rules.add(Substitutions.Rule.of("\\(c\\)", "&copy;"));
        }
        if (on(options, "registered")) {
            rules.add(Substitutions.Rule.of("\\(r\\)", "&reg;"));
        }
        if (on(options, "plusminus")) {
            rules.add(Substitutions.Rule.of("\\+/-", "&plusmn;"));
        }
        if (on(options, "arrows")) {
            rules.add(new Substitutions.Rule(Substitutions.Rule.compile("<-{2}>|(?<!-)-{2}>|<-{2}(?!-)"),
                    m -> List.of(ARROWS.get(m.group()))));
        }
        if (on(options, "notequal")) {
            rules.add(Substitutions.Rule.of("=/=", "&ne;"));
        }
        if (on(options, "fractions")) {
            rules.add(new Substitutions.Rule(Substitutions.Rule.compile(
                    "(?<!\\d)(?:1/4|1/2|3/4|1/3|2/3|1/5|2/5|3/5|4/5|1/6|5/6|1/8|3/8|5/8|7/8)(?!\\d)"),
                    m -> List.of(FRACTIONS.get(m.group()))));
        }
        if (on(options, "ordinal_numbers")) {
            rules.add(new Substitutions.Rule(Substitutions.Rule.compile(
                    "\\b(?<leading>(?:[1-9][0-9]*)?)(?<tail>(?<=1)(?:1|2|3)th|1st|2nd|3rd|[04-9]th)\\b"),
                    m -> List.of(m.group("leading") + m.group("tail").substring(0, m.group("tail").length() - 2)
                            + "<sup>" + m.group("tail").substring(1) + "</sup>")));
        }
        if (on(options, "care_of")) {
            rules.add(Substitutions.Rule.of("\\bc/o\\b", "&#8453;"));
        }
        return rules.isEmpty() ? Optional.empty() : Optional.of(new SmartSymbols(new Substitutions(rules)));
    }

    private static boolean on(Map<String, Object> options, String name) {
        Object value = options.get(name);
        return value == null || (value instanceof Boolean flag ? flag : Boolean.parseBoolean(String.valueOf(value)));
    }

    /** Appends the text as plain text and symbols' HTML. */
    void apply(String text, SourcePosition at, List<Inline> out) {
        rules.apply(text, at, out);
    }
}
