package dev.folio.render.html.internal;

import dev.folio.model.doc.Keys;
import dev.folio.render.kit.MarkupWriter;

import java.util.Map;

/**
 * pymdownx.keys' options that change the output: {@code separator} between keys ({@code +}; empty: none),
 * {@code strict} (HTML5's nested {@code <kbd>} instead of Material's {@code <span class="keys">}) and {@code class}.
 */
record KeysSettings(String separator, boolean strict, String className) {
    static KeysSettings of(Map<String, Object> config) {
        Map<?, ?> options = MarkdownExtensions.options(config, "pymdownx.keys");
        Object separator = options.get("separator");
        Object className = options.get("class");
        return new KeysSettings(separator == null ? "+" : String.valueOf(separator),
                Boolean.TRUE.equals(options.get("strict")), className == null ? "keys" : String.valueOf(className));
    }

    void write(MarkupWriter out, Keys keys) {
        Map<String, String> generated = className.isBlank() ? Map.of() : Map.of("class", className);
        out.start(strict ? "kbd" : "span", keys.attributes(), generated);
        for (int i = 0; i < keys.keys().size(); i++) {
            if (i > 0 && !separator.isEmpty()) {
                out.start("span").text(separator).end();
            }
            Keys.Key key = keys.keys().get(i);
            out.start("kbd");
            if (!key.name().isEmpty()) {
                out.attr("class", "key-" + key.name());
            }
            out.text(key.label()).end();
        }
        out.end();
    }
}
