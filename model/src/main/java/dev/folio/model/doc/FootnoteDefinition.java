package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.List;
import java.util.Objects;

/**
 * The body of a footnote ({@code [^label]: text}). {@code number} is the one readers see: footnotes
 * are numbered in the order of their first reference in the document; a definition that nothing
 * references is numbered after all referenced ones.
 */
public record FootnoteDefinition(String label, int number, List<Block> children, Attributes attributes,
        SourcePosition position) implements Node {

    public FootnoteDefinition {
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
        Checks.notNull(attributes, position);
    }
}
