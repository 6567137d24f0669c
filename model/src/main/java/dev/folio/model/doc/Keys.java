package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A key combination as pymdownx.keys reads it: {@code ++ctrl+alt+"My Key"++} → Ctrl ({@code control}), Alt
 * ({@code alt}), My Key (a quoted key, no name).
 */
public record Keys(List<Key> keys, Attributes attributes, SourcePosition position) implements Inline {

    /** One key: its canonical name (its class is {@code key-name}; empty for a quoted key) and the label shown. */
    public record Key(String name, String label) {
        public Key {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
        }
    }

    public Keys {
        keys = List.copyOf(keys);
        Checks.notNull(attributes, position);
    }

    /** The labels joined by {@code +}: the combination as text. */
    public String text() {
        return keys.stream().map(Key::label).collect(Collectors.joining("+"));
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
