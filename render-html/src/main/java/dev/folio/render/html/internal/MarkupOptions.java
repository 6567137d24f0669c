package dev.folio.render.html.internal;

import java.util.Map;

/**
 * How the site's extensions write their constructs: pymdownx.keys ({@link KeysSettings}), arithmatex
 * ({@link MathSettings}), tasklist ({@link TaskListSettings}), and the tabs' style ({@code alternate_style} of
 * pymdownx.tabbed or pymdownx.blocks.tab; without either extension, Material's alternate style), pymdownx.striphtml
 * ({@link StripHtml}) over raw HTML, pymdownx.b64 (images inlined as {@code data:} URIs, from the docs folder only),
 * pymdownx.pathconverter ({@link PathConverter}).
 */
record MarkupOptions(KeysSettings keys, MathSettings math, TaskListSettings tasks, boolean alternateTabs,
        java.util.Optional<StripHtml> strip, boolean b64, java.util.Optional<PathConverter> paths) {
    /** A link's or image's URL after pathconverter, when the site enables it. */
    String path(String url, String tag) {
        return paths.map(converter -> converter.convert(url, tag)).orElse(url);
    }

    static MarkupOptions of(Map<String, Object> config) {
        String tabs = MarkdownExtensions.enabled(config, "pymdownx.tabbed") ? "pymdownx.tabbed"
                : MarkdownExtensions.enabled(config, "pymdownx.blocks.tab") ? "pymdownx.blocks.tab" : null;
        boolean alternate = tabs == null
                || Boolean.TRUE.equals(MarkdownExtensions.options(config, tabs).get("alternate_style"));
        return new MarkupOptions(KeysSettings.of(config), MathSettings.of(config), TaskListSettings.of(config), alternate,
                StripHtml.of(config), MarkdownExtensions.enabled(config, "pymdownx.b64"),
                PathConverter.of(config));
    }
}
