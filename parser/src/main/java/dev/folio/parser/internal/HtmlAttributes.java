package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.doc.Attributes;

/** The attributes of an HTML start tag, as model {@link Attributes}, in the order written. */
final class HtmlAttributes {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");

    private HtmlAttributes() {
    }

    /** @param skip an attribute name to leave out ({@code markdown}), or null */
    static Attributes parse(String text, String skip) {
        String id = "";
        List<String> classes = new ArrayList<>();
        List<Attributes.Attribute> pairs = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                    : m.group(4) != null ? m.group(4) : "";
            if (name.equalsIgnoreCase(skip)) {
                continue;
            }
            if (name.equalsIgnoreCase("id")) {
                id = value;
            } else if (name.equalsIgnoreCase("class")) {
                for (String c : value.trim().split("\\s+")) {
                    if (!c.isEmpty()) {
                        classes.add(c);
                    }
                }
            } else {
                pairs.add(new Attributes.Attribute(name, value));
            }
        }
        return new Attributes(id, classes, pairs);
    }

    /** The value of the named attribute, or null when absent ({@code ""} when present without value). */
    static String value(String text, String name) {
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                        : m.group(4) != null ? m.group(4) : "";
            }
        }
        return null;
    }
}
