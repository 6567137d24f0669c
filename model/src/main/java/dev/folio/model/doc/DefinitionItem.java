package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * One or more terms (one per written line) and their definitions, in a {@link DefinitionList}.
 *
 * @param loose                true when a blank line separates the terms from the first {@code :} (or a definition
 *                             from the one before): Python-Markdown then wraps a definition's text in {@code <p>}, as
 *                             in a loose list; a tight definition of one paragraph is written as bare text in
 *                             {@code <dd>}
 * @param termAttributes       each term's attribute list ({@code Term {: #id }}), one per term
 * @param definitionAttributes each definition's ({@code <dd>}'s) attribute list, one per definition
 */
public record DefinitionItem(List<List<Inline>> terms, List<List<Block>> definitions, boolean loose,
        Attributes attributes, SourcePosition position, List<Attributes> termAttributes,
        List<Attributes> definitionAttributes) implements Node {

    /** An item whose terms and definitions have no attributes of their own. */
    public DefinitionItem(List<List<Inline>> terms, List<List<Block>> definitions, boolean loose,
            Attributes attributes, SourcePosition position) {
        this(terms, definitions, loose, attributes, position, List.of(), List.of());
    }

    /** A tight item. */
    public DefinitionItem(List<List<Inline>> terms, List<List<Block>> definitions, Attributes attributes,
            SourcePosition position) {
        this(terms, definitions, false, attributes, position);
    }

    public DefinitionItem {
        terms = terms.stream().map(List::copyOf).toList();
        definitions = definitions.stream().map(List::copyOf).toList();
        termAttributes = padded(termAttributes, terms.size());
        definitionAttributes = padded(definitionAttributes, definitions.size());
        Checks.notNull(attributes, position);
    }

    /** One entry per term or definition: missing ones are empty, extra ones dropped. */
    private static List<Attributes> padded(List<Attributes> given, int size) {
        List<Attributes> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(i < given.size() && given.get(i) != null ? given.get(i) : Attributes.EMPTY);
        }
        return List.copyOf(out);
    }
}
