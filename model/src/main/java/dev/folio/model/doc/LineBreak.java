package dev.folio.model.doc;

import dev.folio.model.SourcePosition;
import org.jspecify.annotations.Nullable;

/** A line break: soft (a newline in a paragraph) or hard (two trailing spaces, a backslash). */
public record LineBreak(boolean hard, Attributes attributes, SourcePosition position) implements Inline {

    public LineBreak {
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
