package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** Raw inline HTML, kept byte for byte ({@code <small>}, {@code <sup id="fnref3:1">}, {@code &#160;}). */
public record RawInline(String html, Attributes attributes, SourcePosition position) implements Inline {

    public RawInline {
        Objects.requireNonNull(html, "html");
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
