package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * An icon shortcode. {@code set} is the icon set's folder ({@code material}, {@code octicons},
 * {@code simple}, {@code fontawesome}, or a custom folder) and {@code name} the rest of the
 * shortcode: {@code :octicons-home-16:} → {@code octicons} + {@code home-16};
 * {@code :fontawesome-brands-windows:} → {@code fontawesome} + {@code brands-windows}. Whether the
 * icon exists is the renderer's business.
 */
public record Icon(String set, String name, Attributes attributes, SourcePosition position) implements Inline {

    public Icon {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(name, "name");
        Checks.notNull(attributes, position);
    }

    /** The shortcode as written, {@code :set-name:}. */
    public String shortcode() {
        return ":" + set + "-" + name + ":";
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
