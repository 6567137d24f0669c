package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A reference to a footnote, {@code [^label]}. {@code number} is the footnote's number (see
 * {@link FootnoteDefinition}); {@code occurrence} counts the references to the same footnote in
 * document order from 1, so a backend can give each one its own id ({@code fnref:1},
 * {@code fnref2:1}, …). An undefined label keeps number 0.
 */
public record FootnoteReference(String label, int number, int occurrence, Attributes attributes,
        SourcePosition position) implements Inline {

    public FootnoteReference {
        Objects.requireNonNull(label, "label");
        Checks.notNull(attributes, position);
    }

    public boolean isDefined() {
        return number > 0;
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
