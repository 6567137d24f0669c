package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Emphasis: {@code *x*}, {@code _x_}. */
public record Emphasis(List<Inline> content, Attributes attributes, SourcePosition position) implements Inline {

    public Emphasis {
        content = List.copyOf(content);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
