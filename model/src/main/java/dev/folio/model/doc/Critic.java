package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * CriticMarkup: {@code {++added++}}, {@code {--deleted--}}, {@code {~~old~>new~~}},
 * {@code {==highlighted==}}, {@code {>>comment<<}}. {@code content} is the text (the old text of a
 * substitution); {@code replacement} is the new text of a substitution and empty otherwise.
 */
public record Critic(Kind kind, List<Inline> content, List<Inline> replacement, Attributes attributes,
        SourcePosition position) implements Inline {

    public enum Kind { ADDITION, DELETION, SUBSTITUTION, HIGHLIGHT, COMMENT }

    public Critic {
        Objects.requireNonNull(kind, "kind");
        content = List.copyOf(content);
        replacement = List.copyOf(replacement);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
