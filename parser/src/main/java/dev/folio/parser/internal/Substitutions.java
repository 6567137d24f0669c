package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Text;

/**
 * Text replaced by HTML as Python-Markdown's text patterns replace it (smarty, pymdownx.smartsymbols): rules in order,
 * each over the whole text the earlier ones left, a replaced piece being a placeholder the later rules see as
 * Python-Markdown's stash markers, so that their look-behinds read it as it does. Immutable.
 */
final class Substitutions {
    /**
     * A pattern and what replaces a match: a list of group numbers (text kept) and HTML strings (placeholders).
     */
    record Rule(Pattern pattern, Function<Matcher, List<Object>> parts) {
        static Rule of(String regex, String html) {
            List<Object> parts = List.of(html);
            return new Rule(compile(regex), m -> parts);
        }

        static Rule of(String regex, List<Object> parts) {
            return new Rule(compile(regex), m -> parts);
        }

        static Pattern compile(String regex) {
            return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
        }
    }

    private final List<Rule> rules;

    Substitutions(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    boolean isEmpty() {
        return rules.isEmpty();
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
                for (Object part : rule.parts().apply(m)) {
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
