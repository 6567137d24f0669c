package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** Inline code: {@code `x`}. */
public record Code(String literal, Attributes attributes, SourcePosition position) implements Inline {

    public Code {
        Objects.requireNonNull(literal, "literal");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
