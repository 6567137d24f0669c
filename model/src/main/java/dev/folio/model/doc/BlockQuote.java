package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A block quote: {@code > text}. */
public record BlockQuote(List<Block> children, Attributes attributes, SourcePosition position) implements Block {

    public BlockQuote {
        children = List.copyOf(children);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
