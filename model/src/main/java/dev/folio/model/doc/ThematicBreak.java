package dev.folio.model.doc;

import dev.folio.model.SourcePosition;
import org.jspecify.annotations.Nullable;

/** A thematic break: {@code ---}, {@code ***}. */
public record ThematicBreak(Attributes attributes, SourcePosition position) implements Block {

    public ThematicBreak {
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
