package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.List;

/** One or more terms and their definitions, in a {@link DefinitionList}. */
public record DefinitionItem(List<List<Inline>> terms, List<List<Block>> definitions, Attributes attributes,
        SourcePosition position) implements Node {

    public DefinitionItem {
        terms = terms.stream().map(List::copyOf).toList();
        definitions = definitions.stream().map(List::copyOf).toList();
        Checks.notNull(attributes, position);
    }
}
