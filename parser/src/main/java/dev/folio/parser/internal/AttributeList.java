package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.doc.Attributes;

/**
 * Python-Markdown's attribute lists: {@code { #id .class key=value key="quoted value" word }}, with or
 * without spaces inside the braces and an optional leading colon; a bare word is {@code word="word"}. Only a list whose every token is
 * valid counts; anything else in braces stays text.
 */
final class AttributeList {
    /** A whole list at the start of a text: {@code {…}} with no newline or brace inside. */
    static final Pattern AT_START = Pattern.compile("^\\{:?[ ]*([^}\\n ][^}\\n]*)[ ]*}");
    /** A list ending a heading, a table cell or a term, after at least one space. */
    static final Pattern HEADING_END = Pattern.compile("[ ]+\\{:?[ ]*([^}\\n ][^}\\n]*)[ ]*}[ ]*$");
    /** A list alone on a line. */
    static final Pattern WHOLE_LINE = Pattern.compile("^[ ]*\\{:?[ ]*([^}\\n ][^}\\n]*)[ ]*}[ ]*$");
    /**
     * One token, as Python-Markdown's scanner reads it: {@code #id}, {@code .class} (dots and all:
     * {@code .a.b} is one class, as there), {@code key="value"}, {@code key='value'}, {@code key=value}
     * (anything up to a space, {@code =} or brace), or a bare word. Names are letters of any script,
     * digits, {@code _ : . -}; a bare word may hold an apostrophe ({@code title=Page d'accueil}). In an id or a
     * class a backslash escapes the next character and is dropped ({@code #\9.0} is {@code 9.0}, as the published
     * pages of Python-Markdown's later versions show).
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:#([\\p{L}\\p{N}_:.\\\\-]+)|\\.([\\p{L}\\p{N}_:.\\\\-]+)"
                    + "|([\\p{L}\\p{N}_:-]+)=(?:\"([^\"]*)\"|'([^']*)'|([^\\s=}\"'][^\\s=}]*))"
                    + "|([\\p{L}\\p{N}_:.'-]+))(?=\\s|$)\\s*");

    private AttributeList() {
    }

    /** The attributes inside the braces, or empty when any token is not valid. */
    static Optional<Attributes> parse(String inside) {
        String id = "";
        List<String> classes = new ArrayList<>();
        List<Attributes.Attribute> pairs = new ArrayList<>();
        Matcher m = TOKEN.matcher(inside);
        int at = 0;
        while (at < inside.length()) {
            if (!m.find(at) || m.start() != at || m.end() == at) {
                return Optional.empty();
            }
            if (m.group(1) != null) {
                id = unescaped(m.group(1));
            } else if (m.group(2) != null) {
                String name = unescaped(m.group(2));
                if (!classes.contains(name)) {
                    classes.add(name);
                }
            } else if (m.group(7) != null) {
                // A bare word is an attribute named and valued by itself, as in Python-Markdown.
                String word = m.group(7);
                pairs.removeIf(p -> p.name().equals(word));
                pairs.add(new Attributes.Attribute(word, word));
            } else {
                String value = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6);
                pairs.removeIf(p -> p.name().equals(m.group(3)));
                pairs.add(new Attributes.Attribute(m.group(3), value));
            }
            at = m.end();
        }
        Attributes attributes = new Attributes(id, classes, pairs);
        return attributes.isEmpty() ? Optional.empty() : Optional.of(attributes);
    }

    private static String unescaped(String name) {
        return name.indexOf('\\') < 0 ? name : name.replaceAll("\\\\(.)", "$1");
    }
}
