package dev.folio.render.html.internal;

import dev.folio.model.NavItem;
import dev.folio.model.Navigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A language's navigation tree as template data: entries with {@code kind} ({@code section},
 * {@code page}, {@code link}), {@code title}, {@code href}, {@code active} (the current page),
 * {@code open} (a section holding it) and {@code children}.
 */
final class NavigationView {
    private NavigationView() {
    }

    /**
     * @param pageUrl the URL of a page by source path, or null when the site has no such page
     */
    static List<Map<String, Object>> of(Navigation navigation, String currentSourcePath,
            Function<String, String> pageUrl) {
        return entries(navigation.items(), currentSourcePath, pageUrl);
    }

    private static List<Map<String, Object>> entries(List<NavItem> items, String current,
            Function<String, String> pageUrl) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (NavItem item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", item.title());
            entry.put("active", false);
            entry.put("open", false);
            entry.put("children", List.of());
            entry.put("href", "");
            if (item instanceof NavItem.Section section) {
                List<Map<String, Object>> children = entries(section.children(), current, pageUrl);
                entry.put("kind", "section");
                entry.put("children", children);
                entry.put("open", children.stream().anyMatch(c -> (Boolean) c.get("active") || (Boolean) c.get("open")));
            } else if (item instanceof NavItem.PageRef page) {
                String href = pageUrl.apply(page.sourcePath());
                if (href == null) {
                    continue;
                }
                entry.put("kind", "page");
                entry.put("href", href);
                entry.put("active", page.sourcePath().equals(current));
            } else if (item instanceof NavItem.Link link) {
                entry.put("kind", "link");
                entry.put("href", link.url());
            }
            entries.add(entry);
        }
        return entries;
    }
}
