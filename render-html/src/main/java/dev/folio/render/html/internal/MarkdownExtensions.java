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
        if (extensions instanceof Map<?, ?> map) {
            return map.get(extension) instanceof Map<?, ?> options ? options : Map.of();
        }
        if (extensions instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map && map.get(extension) instanceof Map<?, ?> options) {
                    return options;
                }
            }
        }
        return Map.of();
    }
}
