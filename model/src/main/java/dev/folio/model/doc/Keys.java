package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A key combination, {@code ++ctrl+alt+del++} → {@code [ctrl, alt, del]}, names as written. */
public record Keys(List<String> keys, Attributes attributes, SourcePosition position) implements Inline {

    public Keys {
        keys = List.copyOf(keys);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
