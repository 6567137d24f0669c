package dev.folio.parser.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * pymdownx.superfences' {@code custom_fences}: a fence name, the class its output carries, and the Python function
 * that formats it, read by name and never run. Superfences' own {@code fence_code_format} ({@code <pre class><code>})
 * and {@code fence_div_format} ({@code <div class>}) and arithmatex's {@code arithmatex_fenced_format} (math, in
 * {@code <pre>} with its {@code tag: pre}) are written as they write them; any other function's fence keeps its content
 * as written in {@code <pre class><code>}, with one warning per fence name and page.
 */
record CustomFences(Map<String, Fence> byName) {
    static final CustomFences NONE = new CustomFences(Map.of());

    enum Format { CODE, DIV, MATH, MATH_PRE, OTHER }

    /** @param function the formatting function as configured, for the warning of {@link Format#OTHER} */
    record Fence(String name, String cssClass, Format format, String function) {
    }

    CustomFences {
        byName = Map.copyOf(byName);
    }

    Optional<Fence> fence(String language) {
        return Optional.ofNullable(byName.get(language.toLowerCase(Locale.ROOT)));
    }

    static CustomFences of(MkDocsConfig config) {
        Object list = config.extension("pymdownx.superfences").get("custom_fences");
        if (!(list instanceof List<?> entries)) {
            return NONE;
        }
        Map<String, Fence> fences = new HashMap<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> map && map.get("name") != null) {
                String name = String.valueOf(map.get("name")).toLowerCase(Locale.ROOT);
                String cssClass = map.get("class") == null ? name : String.valueOf(map.get("class"));
                String function = map.get("format") == null ? "" : String.valueOf(map.get("format"));
                Format format = function.isEmpty() || function.contains("superfences.fence_code_format") ? Format.CODE
                        : function.contains("superfences.fence_div_format") ? Format.DIV
                        : function.contains("arithmatex_fenced_format")
                                ? (function.contains("tag=pre") ? Format.MATH_PRE : Format.MATH)
                        : Format.OTHER;
                fences.put(name, new Fence(name, cssClass, format, function.replaceFirst("^!!python/\\S*?:", "")
                        .replaceFirst(" .*$", "")));
            }
        }
        return new CustomFences(fences);
    }
}
