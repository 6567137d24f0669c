package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.List;

/**
 * One or more terms (one per written line) and their definitions, in a {@link DefinitionList}.
 *
 * @param loose true when a blank line separates the terms from the first {@code :} (or a definition from
 *              the one before): Python-Markdown then wraps a definition's text in {@code <p>}, as in a loose
 *              list; a tight definition of one paragraph is written as bare text in {@code <dd>}
 */
public record DefinitionItem(List<List<Inline>> terms, List<List<Block>> definitions, boolean loose,
        Attributes attributes, SourcePosition position) implements Node {

    /** A tight item. */
    public DefinitionItem(List<List<Inline>> terms, List<List<Block>> definitions, Attributes attributes,
            SourcePosition position) {
        this(terms, definitions, false, attributes, position);
    }

    public DefinitionItem {
        terms = terms.stream().map(List::copyOf).toList();
        definitions = definitions.stream().map(List::copyOf).toList();
        Checks.notNull(attributes, position);
    }
}
