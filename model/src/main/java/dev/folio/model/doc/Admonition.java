package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An admonition ({@code !!! type "Title"}) or a collapsible block ({@code ??? type},
 * {@code ???+ type}).
 *
 * <p>{@code type} is the type word exactly as written, translated or unknown ones included
 * ({@code рекомендації}); further class words are in {@link #attributes()}. {@code title} is what
 * the reader sees: the quoted title, or, when none was quoted, the type word with its first
 * letter upper-cased, as MkDocs does; it is empty for {@code !!! type ""} (no title at all).
 */
public record Admonition(String type, Optional<String> title, Collapse collapse, List<Block> children,
        Attributes attributes, SourcePosition position) implements Block {

    /** {@code !!!} is {@link #NONE}; {@code ???} is {@link #CLOSED}; {@code ???+} is {@link #OPEN}. */
    public enum Collapse { NONE, CLOSED, OPEN }

    public Admonition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(collapse, "collapse");
        children = List.copyOf(children);
        Checks.notNull(attributes, position);
    }

    public boolean isCollapsible() {
        return collapse != Collapse.NONE;
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
