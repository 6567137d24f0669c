package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.Optional;

/** An image; {@code alt} is the plain text of its description. */
public record Image(LinkTarget target, String alt, Optional<String> title, Attributes attributes,
        SourcePosition position) implements Inline {

    public Image {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(title, "title");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
