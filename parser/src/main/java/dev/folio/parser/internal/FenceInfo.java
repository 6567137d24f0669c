package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.doc.Attributes;

/**
 * A fence's info string as pymdownx.superfences reads it: the language first ({@code python},
 * {@code .python}, {@code { .python … }} or {@code python { … }}), then {@code key="value"} / {@code key=value} options;
 * {@code title} is pulled out, the others are kept in order. A bare word after the language is an
 * option without value.
 */
record FenceInfo(String language, String title, List<Attributes.Attribute> options) {
    private static final Pattern OPTION = Pattern.compile(
            "([A-Za-z_][\\w:-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))|(\\S+)");

    static FenceInfo parse(String info) {
        String text = info == null ? "" : info.strip();
        int brace = text.indexOf('{');
        if (brace >= 0 && text.endsWith("}")) {
            // ```{ .python … }``` or ```python { .class linenums="1" }```: the braces hold the attribute list.
            text = (text.substring(0, brace) + " " + text.substring(brace + 1, text.length() - 1)).strip();
        }
        String language = "";
        List<Attributes.Attribute> options = new ArrayList<>();
        String title = "";
        Matcher m = OPTION.matcher(text);
        boolean first = true;
        while (m.find()) {
            if (m.group(5) != null) {
                String word = m.group(5);
                if (first) {
                    language = word.startsWith(".") ? word.substring(1) : word;
                } else if (word.startsWith(".") && language.isEmpty()) {
                    language = word.substring(1);
                } else {
                    options.add(new Attributes.Attribute(word, ""));
                }
            } else {
                String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                if (m.group(1).equals("title")) {
                    title = value;
                } else {
                    options.add(new Attributes.Attribute(m.group(1), value));
                }
            }
            first = false;
        }
        return new FenceInfo(language, title, options);
    }
}
