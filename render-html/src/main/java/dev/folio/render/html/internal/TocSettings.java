package dev.folio.render.html.internal;

import dev.folio.render.kit.Escaping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code toc} extension's options that change the output: which heading levels the table of
 * contents lists ({@code toc_depth: 4} or {@code "2-4"}; all six by default), the permalink
 * Python-Markdown appends to every heading with an id ({@code permalink: true} writes {@code &para;},
 * a string writes that text), the link {@code anchorlink} wraps a heading's text in, and the {@code title} Material
 * gives the table of contents.
 *
 * @param permalink       the link's text as HTML, empty for none
 * @param anchorlinkClass the class of the link around a heading's text, empty for no link
 * @param title           the table of contents' title, empty for the language's own
 */
record TocSettings(int top, int bottom, Optional<String> permalink, String permalinkTitle, String permalinkClass,
        String anchorlinkClass, Optional<String> title) {
    static final TocSettings DEFAULT = new TocSettings(1, 6, Optional.empty(), "Permanent link", "headerlink", "",
            Optional.empty());

    static TocSettings of(Map<String, Object> config) {
        Map<?, ?> options = MarkdownExtensions.options(config, "toc");
        int[] depth = depth(options.get("toc_depth"));
        Object title = options.get("title");
        return new TocSettings(depth[0], depth[1], permalink(options.get("permalink")),
                text(options.get("permalink_title"), DEFAULT.permalinkTitle()),
                text(options.get("permalink_class"), DEFAULT.permalinkClass()),
                isTrue(options.get("anchorlink")) ? text(options.get("anchorlink_class"), "toclink") : "",
                title == null || String.valueOf(title).isBlank() ? Optional.empty() : Optional.of(String.valueOf(title)));
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean flag ? flag : value != null && String.valueOf(value).equalsIgnoreCase("true");
    }

    boolean listed(int level) {
        return level >= top && level <= bottom;
    }

    /** {@code 4} means levels 1 to 4, {@code "2-4"} levels 2 to 4; anything else the default. */
    private static int[] depth(Object value) {
        String text = value == null ? "" : String.valueOf(value).strip();
        try {
            int dash = text.indexOf('-');
            if (dash > 0) {
                int top = Integer.parseInt(text.substring(0, dash).strip());
                int bottom = Integer.parseInt(text.substring(dash + 1).strip());
                return top <= bottom ? new int[] {clamp(top), clamp(bottom)} : new int[] {1, 6};
            }
            return text.isEmpty() ? new int[] {1, 6} : new int[] {1, clamp(Integer.parseInt(text))};
        } catch (NumberFormatException e) {
            return new int[] {1, 6};
        }
    }

    private static int clamp(int level) {
        return Math.max(1, Math.min(6, level));
    }

    private static Optional<String> permalink(Object value) {
        if (value == null || value instanceof Boolean flag && !flag
                || String.valueOf(value).toLowerCase(Locale.ROOT).equals("false")) {
            return Optional.empty();
        }
        if (value instanceof Boolean || String.valueOf(value).toLowerCase(Locale.ROOT).equals("true")) {
            return Optional.of("&para;");
        }
        return Optional.of(Escaping.html(String.valueOf(value)));
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value);
    }
}
