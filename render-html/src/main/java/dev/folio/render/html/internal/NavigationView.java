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
 * {@code page}, {@code link}), {@code title}, {@code href} (a section's: its first page), {@code active}
 * (the current page), {@code open} (a section holding it), {@code group} (a section shown as an
 * always-open group, Material's {@code navigation.sections}; other sections collapse), {@code index}
 * (with {@code navigation.indexes}, the section's title links to its index page, {@code href}) and
 * {@code children}; and the tabs Material's {@code navigation.tabs} shows for the top level.
 */
final class NavigationView {
    private NavigationView() {
    }

    /**
     * @param pageUrl the URL of a page by source path, or null when the site has no such page
     */
    static List<Map<String, Object>> of(Navigation navigation, String currentSourcePath,
            Function<String, String> pageUrl, ThemeFeatures features) {
        return entries(navigation.items(), currentSourcePath, pageUrl, features, 0);
    }

    /** The top-level entries as tabs: {@code title}, {@code href}, {@code active}, {@code external}. */
    static List<Map<String, Object>> tabs(List<Map<String, Object>> navigation) {
        List<Map<String, Object>> tabs = new ArrayList<>();
        for (Map<String, Object> entry : navigation) {
            String href = (String) entry.get("href");
            if (href.isEmpty()) {
                continue;
            }
            Map<String, Object> tab = new LinkedHashMap<>();
            tab.put("title", entry.get("title"));
            tab.put("href", href);
            tab.put("active", (Boolean) entry.get("active") || (Boolean) entry.get("open"));
            tab.put("external", "link".equals(entry.get("kind")));
            tabs.add(tab);
        }
        return tabs;
    }

    private static List<Map<String, Object>> entries(List<NavItem> items, String current,
            Function<String, String> pageUrl, ThemeFeatures features, int level) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (NavItem item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", item.title());
            entry.put("active", false);
            entry.put("open", false);
            entry.put("group", false);
            entry.put("children", List.of());
            entry.put("href", "");
            entry.put("index", false);
            if (item instanceof NavItem.Section section) {
                List<Map<String, Object>> children = entries(section.children(), current, pageUrl, features,
                        level + 1);
                if (children.isEmpty()) {
                    continue;
                }
                entry.put("kind", "section");
                entry.put("href", firstHref(children));
                if (features.indexes() && isIndexPage(children.get(0))) {
                    // navigation.indexes: the section's title is the link to its index page, which is not listed again.
                    Map<String, Object> index = children.get(0);
                    entry.put("index", true);
                    entry.put("active", index.get("active"));
                    entry.put("indexSource", index.get("source"));
                    children = children.subList(1, children.size());
                }
                entry.put("children", children);
                entry.put("open", (Boolean) entry.get("active")
                        || children.stream().anyMatch(c -> (Boolean) c.get("active") || (Boolean) c.get("open")));
                // navigation.sections makes the level below the tabs (or the top) groups. The tabs' own level
                // collapses: a wide screen shows only the current tab's section, a phone's drawer the whole tree.
                entry.put("group", features.sections() && level == (features.tabs() ? 1 : 0));
            } else if (item instanceof NavItem.PageRef page) {
                String href = pageUrl.apply(page.sourcePath());
                if (href == null) {
                    continue;
                }
                entry.put("kind", "page");
                entry.put("source", page.sourcePath());
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

    private static boolean isIndexPage(Map<String, Object> entry) {
        return entry.get("source") instanceof String source && (source.equals("index.md") || source.endsWith("/index.md"));
    }

    private static String firstHref(List<Map<String, Object>> children) {
        for (Map<String, Object> child : children) {
            if (!"link".equals(child.get("kind")) && !((String) child.get("href")).isEmpty()) {
                return (String) child.get("href");
            }
        }
        return "";
    }
}
