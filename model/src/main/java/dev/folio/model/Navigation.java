package dev.folio.model;

import java.util.ArrayList;
import java.util.List;

/** The navigation tree of one language. */
public record Navigation(List<NavItem> items) {

    public Navigation {
        items = List.copyOf(items);
    }

    /** The source paths of the pages, in reading order (depth first): the order of previous/next and of a PDF guide. */
    public List<String> pageOrder() {
        List<String> order = new ArrayList<>();
        collect(items, order);
        return List.copyOf(order);
    }

    private static void collect(List<NavItem> items, List<String> order) {
        for (NavItem item : items) {
            if (item instanceof NavItem.PageRef page) {
                order.add(page.sourcePath());
            } else if (item instanceof NavItem.Section section) {
                collect(section.children(), order);
            }
        }
    }
}
