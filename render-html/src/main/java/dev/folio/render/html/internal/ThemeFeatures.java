package dev.folio.render.html.internal;

import java.util.List;
import java.util.Map;

/**
 * The {@code theme.features} of Material that change Folio's layout: {@code navigation.tabs} (the
 * top-level sections as tabs under the header) and {@code navigation.sections} (sections shown as
 * groups in the sidebar rather than as collapsible entries) and {@code navigation.indexes} (a section whose
 * first page is an {@code index.md} links its title to that page instead of listing it).
 */
record ThemeFeatures(boolean tabs, boolean sections, boolean indexes) {
    static ThemeFeatures of(Map<String, Object> config) {
        List<String> features = config.get("theme") instanceof Map<?, ?> theme
                && theme.get("features") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        return new ThemeFeatures(features.contains("navigation.tabs"), features.contains("navigation.sections"),
                features.contains("navigation.indexes"));
    }
}
