package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.Objects;

/** Inline math ({@code $x$}), kept as its TeX source. */
public record MathInline(String tex, Attributes attributes, SourcePosition position) implements Inline {

    public MathInline {
        Objects.requireNonNull(tex, "tex");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
