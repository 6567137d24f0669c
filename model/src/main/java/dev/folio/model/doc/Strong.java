package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Strong emphasis: {@code **x**}, {@code __x__}. */
public record Strong(List<Inline> content, Attributes attributes, SourcePosition position) implements Inline {

    public Strong {
        content = List.copyOf(content);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
