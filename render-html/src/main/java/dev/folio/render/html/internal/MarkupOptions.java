package dev.folio.render.html.internal;

import java.util.Map;

/**
 * How the site's extensions write their constructs: pymdownx.keys ({@link KeysSettings}), arithmatex
 * ({@link MathSettings}), tasklist ({@link TaskListSettings}), and the tabs' style ({@code alternate_style} of
 * pymdownx.tabbed or pymdownx.blocks.tab; without either extension, Material's alternate style), pymdownx.striphtml
 * ({@link StripHtml}) over raw HTML.
 */
record MarkupOptions(KeysSettings keys, MathSettings math, TaskListSettings tasks, boolean alternateTabs,
        java.util.Optional<StripHtml> strip) {
    static MarkupOptions of(Map<String, Object> config) {
        String tabs = MarkdownExtensions.enabled(config, "pymdownx.tabbed") ? "pymdownx.tabbed"
                : MarkdownExtensions.enabled(config, "pymdownx.blocks.tab") ? "pymdownx.blocks.tab" : null;
        boolean alternate = tabs == null
                || Boolean.TRUE.equals(MarkdownExtensions.options(config, tabs).get("alternate_style"));
        return new MarkupOptions(KeysSettings.of(config), MathSettings.of(config), TaskListSettings.of(config), alternate,
                StripHtml.of(config));
    }
}
