package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** Raw HTML at block level, kept verbatim. */
public record HtmlBlock(String html, Attributes attributes, SourcePosition position) implements Block {

    public HtmlBlock {
        Objects.requireNonNull(html, "html");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
