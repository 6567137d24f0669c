package dev.folio.parser;

import java.util.List;

import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Document;
import dev.folio.model.doc.Node;
import dev.folio.model.doc.Traversal;

/** A compact, indented outline of a document, for tests and for eyeballing a page. */
final class Outline {
    private Outline() {
    }

    static String of(Document document) {
        StringBuilder out = new StringBuilder();
        document.blocks().forEach(b -> append(b, 0, out));
        document.footnotes().forEach(f -> append(f, 0, out));
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(describe(node)).append('\n');
        List<? extends Node> children = Traversal.children(node);
        children.forEach(c -> append(c, depth + 1, out));
    }

    private static String describe(Node node) {
        String text = node.toString();
        // Records print all components; keep the scalar ones, drop child lists and positions.
        String name = node.getClass().getSimpleName();
        StringBuilder d = new StringBuilder(name);
        for (var component : node.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(node);
                if (value instanceof List || value instanceof dev.folio.model.SourcePosition) {
                    continue;
                }
                if (value instanceof Attributes a && a.isEmpty()) {
                    continue;
                }
                d.append(' ').append(component.getName()).append('=').append(value);
            } catch (ReflectiveOperationException e) {
                return text;
            }
        }
        return d.toString();
    }
}
