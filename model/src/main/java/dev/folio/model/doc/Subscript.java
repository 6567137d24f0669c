package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Subscript: {@code ~x~}. */
public record Subscript(List<Inline> content, Attributes attributes, SourcePosition position) implements Inline {

    public Subscript {
        content = List.copyOf(content);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
