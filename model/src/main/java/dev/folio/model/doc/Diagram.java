package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A diagram written as text, kept for a client-side or build-time renderer: a {@code mermaid}
 * fence. {@code kind} is the fence language.
 */
public record Diagram(String kind, String source, Attributes attributes, SourcePosition position) implements Block {

    public Diagram {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
