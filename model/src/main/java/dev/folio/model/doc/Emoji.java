package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.Objects;

/** An emoji shortcode, {@code :smile:} → name {@code smile}. Which emoji exist is the renderer's business. */
public record Emoji(String name, Attributes attributes, SourcePosition position) implements Inline {

    public Emoji {
        Objects.requireNonNull(name, "name");
        Checks.notNull(attributes, position);
    }

    public String shortcode() {
        return ":" + name + ":";
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
