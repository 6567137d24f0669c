package dev.folio.render.html.internal;

import java.util.List;
import java.util.Map;

/**
 * The options of one entry of {@code markdown_extensions}, which MkDocs accepts in two shapes: a list
 * ({@code - toc: {toc_depth: 4}} or a bare {@code - toc}) and a map ({@code toc: {toc_depth: 4}}). {@code extra} and
 * {@code pymdownx.extra} load their members, each with the options given under its name.
 */
final class MarkdownExtensions {
    private static final Map<String, List<String>> EXTRAS = Map.of(
            "extra", List.of("abbr", "attr_list", "def_list", "fenced_code", "footnotes", "md_in_html", "tables"),
            "pymdownx.extra", List.of("pymdownx.betterem", "pymdownx.superfences", "footnotes", "attr_list",
                    "def_list", "tables", "abbr", "md_in_html"));

    private MarkdownExtensions() {
    }

    /** The extension's options; empty when it is absent, listed without options, or not a map. */
    static Map<?, ?> options(Map<String, Object> config, String extension) {
        Map<?, ?> own = listedOptions(config, extension);
        if (!own.isEmpty() || listed(config, extension)) {
            return own;
        }
        for (Map.Entry<String, List<String>> extra : EXTRAS.entrySet()) {
            if (extra.getValue().contains(extension) && listedOptions(config, extra.getKey()).get(extension)
                    instanceof Map<?, ?> given) {
                return given;
            }
        }
        return Map.of();
    }

    /** Whether {@code markdown_extensions} lists the extension, with options or without, or an extra that loads it. */
    static boolean enabled(Map<String, Object> config, String extension) {
        return listed(config, extension) || EXTRAS.entrySet().stream()
                .anyMatch(extra -> extra.getValue().contains(extension) && listed(config, extra.getKey()));
    }

    private static Map<?, ?> listedOptions(Map<String, Object> config, String extension) {
        Object extensions = config.get("markdown_extensions");
        List<?> entries = extensions instanceof Map<?, ?> map ? List.of(map)
                : extensions instanceof List<?> list ? list : List.of();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> named : map.entrySet()) {
                    // markdown.extensions.toc is toc, as Python-Markdown loads either.
                    String name = String.valueOf(named.getKey()).replaceFirst("^markdown\\.extensions\\.", "");
                    if (name.equals(extension) && named.getValue() instanceof Map<?, ?> options) {
                        return options;
                    }
                }
            }
        }
        return Map.of();
    }

    private static boolean listed(Map<String, Object> config, String extension) {
        Object extensions = config.get("markdown_extensions");
        List<?> entries = extensions instanceof Map<?, ?> map ? List.of(map)
                : extensions instanceof List<?> list ? list : List.of();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> map) {
                for (Object name : map.keySet()) {
                    if (String.valueOf(name).replaceFirst("^markdown\\.extensions\\.", "").equals(extension)) {
                        return true;
                    }
                }
            } else if (entry != null
                    && String.valueOf(entry).replaceFirst("^markdown\\.extensions\\.", "").equals(extension)) {
                return true;
            }
        }
        return false;
    }
}
