package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** Display math ({@code $$ … $$}, {@code \\[ … \\]}, {@code \\begin{env} … }, arithmatex), kept as its TeX source as written between its delimiters, line ends included. */
public record MathBlock(String tex, Attributes attributes, SourcePosition position) implements Block {

    public MathBlock {
        Objects.requireNonNull(tex, "tex");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
