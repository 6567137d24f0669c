package dev.folio.render.html.internal;

import dev.folio.model.doc.Document;
import dev.folio.model.doc.Heading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The right-hand table of contents: a page's {@code h2} headings with their {@code h3}s, as template data. */
final class TableOfContents {
    private TableOfContents() {
    }

    /** Entries {@code title}, {@code href}, {@code children}, for headings that have an id. */
    static List<Map<String, Object>> of(Document document) {
        List<Map<String, Object>> top = new ArrayList<>();
        List<Map<String, Object>> current = null;
        for (Heading heading : document.headings()) {
            if (heading.id().isEmpty() || heading.level() < 2 || heading.level() > 3) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", heading.text());
            entry.put("href", "#" + heading.id());
            List<Map<String, Object>> children = new ArrayList<>();
            entry.put("children", children);
            if (heading.level() == 2 || current == null) {
                top.add(entry);
                current = children;
            } else {
                current.add(entry);
            }
        }
        return top;
    }
}
