package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** An occurrence of an abbreviated term ({@code *[TERM]: title}), with its expansion. */
public record Abbreviation(String term, String title, Attributes attributes, SourcePosition position)
        implements Inline {

    public Abbreviation {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(title, "title");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
