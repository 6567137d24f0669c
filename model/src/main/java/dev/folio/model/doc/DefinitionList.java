package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A definition list ({@code Term} then {@code :   Definition}). */
public record DefinitionList(List<DefinitionItem> items, Attributes attributes, SourcePosition position)
        implements Block {

    public DefinitionList {
        items = List.copyOf(items);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
