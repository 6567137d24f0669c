package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** Inline math ({@code $x$}), kept as its TeX source. */
public record MathInline(String tex, Attributes attributes, SourcePosition position) implements Inline {

    public MathInline {
        Objects.requireNonNull(tex, "tex");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
