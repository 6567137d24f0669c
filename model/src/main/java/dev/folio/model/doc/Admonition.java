package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * An admonition ({@code !!! type "Title"}) or a collapsible block ({@code ??? type},
 * {@code ???+ type}).
 *
 * <p>{@code type} is the type word exactly as written, translated or unknown ones included
 * ({@code рекомендації}); further class words are in {@link #attributes()}. {@code title} is what
 * the reader sees, inline Markdown read: the quoted title, or, when none was quoted, the type word with its first
 * letter upper-cased, as MkDocs does; it is empty for {@code !!! type ""} (no title at all).
 */
public record Admonition(String type, List<Inline> title, Collapse collapse, List<Block> children,
        Attributes attributes, SourcePosition position) implements Block {

    /** {@code !!!} is {@link #NONE}; {@code ???} is {@link #CLOSED}; {@code ???+} is {@link #OPEN}. */
    public enum Collapse { NONE, CLOSED, OPEN }

    public Admonition {
        Objects.requireNonNull(type, "type");
        title = List.copyOf(title);
        Objects.requireNonNull(collapse, "collapse");
        children = List.copyOf(children);
        Checks.notNull(attributes, position);
    }

    /** The title as plain text, empty when there is none. */
    public String titleText() {
        return Traversal.plainText(title);
    }

    public boolean isCollapsible() {
        return collapse != Collapse.NONE;
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
