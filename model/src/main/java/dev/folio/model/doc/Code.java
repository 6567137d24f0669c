package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * Inline code: {@code `x`}; with pymdownx.inlinehilite, {@code `#!python x`} or {@code `:::python x`} is code in a
 * language, to be highlighted as a code block of that language is.
 *
 * @param language the language of highlighted inline code; empty for plain inline code
 */
public record Code(String literal, Attributes attributes, SourcePosition position, String language)
        implements Inline {

    /** Plain inline code. */
    public Code(String literal, Attributes attributes, SourcePosition position) {
        this(literal, attributes, position, "");
    }

    public Code {
        Objects.requireNonNull(literal, "literal");
        Objects.requireNonNull(language, "language");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
