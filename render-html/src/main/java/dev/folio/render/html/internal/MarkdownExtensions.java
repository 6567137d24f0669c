package dev.folio.render.html.internal;

import java.util.List;
import java.util.Map;

/**
 * The options of one entry of {@code markdown_extensions}, which MkDocs accepts in two shapes: a list
 * ({@code - toc: {toc_depth: 4}} or a bare {@code - toc}) and a map ({@code toc: {toc_depth: 4}}).
 */
final class MarkdownExtensions {
    private MarkdownExtensions() {
    }

    /** The extension's options; empty when it is absent, listed without options, or not a map. */
    static Map<?, ?> options(Map<String, Object> config, String extension) {
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

    /** Whether {@code markdown_extensions} lists the extension, with options or without. */
    static boolean enabled(Map<String, Object> config, String extension) {
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
