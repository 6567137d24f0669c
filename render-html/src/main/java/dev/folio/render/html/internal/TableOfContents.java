package dev.folio.render.html.internal;

import dev.folio.model.doc.Document;
import dev.folio.model.doc.Heading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The right-hand table of contents as template data: the headings the {@code toc} extension's depth
 * lists, nested by level. As in Material, the page's {@code h1} is the title, not an entry.
 */
final class TableOfContents {
    private TableOfContents() {
    }

    /** Entries {@code title}, {@code href}, {@code children}, for listed headings that have an id. */
    static List<Map<String, Object>> of(Document document, TocSettings settings) {
        List<Map<String, Object>> top = new ArrayList<>();
        /** Open entries with their level, innermost first: a heading nests under the nearest shallower one. */
        Deque<Map.Entry<Integer, List<Map<String, Object>>>> open = new ArrayDeque<>();
        for (Heading heading : document.headings()) {
            if (heading.id().isEmpty() || heading.level() < 2 || !settings.listed(heading.level())) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", heading.text());
            entry.put("href", "#" + heading.id());
            List<Map<String, Object>> children = new ArrayList<>();
            entry.put("children", children);
            while (!open.isEmpty() && open.peek().getKey() >= heading.level()) {
                open.pop();
            }
            (open.isEmpty() ? top : open.peek().getValue()).add(entry);
            open.push(Map.entry(heading.level(), children));
        }
        return top;
    }
}
