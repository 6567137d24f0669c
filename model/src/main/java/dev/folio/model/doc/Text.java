package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** Plain text, entities already decoded (numeric entities MkDocs keeps as written are {@link RawInline}s). */
public record Text(String literal, Attributes attributes, SourcePosition position) implements Inline {

    public Text {
        Objects.requireNonNull(literal, "literal");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
