package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Consecutive {@code === "Label"} blocks: one set of tabs. */
public record TabGroup(List<Tab> tabs, Attributes attributes, SourcePosition position) implements Block {

    public TabGroup {
        tabs = List.copyOf(tabs);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
