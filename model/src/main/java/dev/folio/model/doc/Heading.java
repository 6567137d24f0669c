package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A heading, level 1 to 6. Its id lives in {@link #attributes()}: the parser sets it to the slug
 * MkDocs would give, or to an explicit {@code { #id }}. Level-1 headings have no id, as in MkDocs.
 */
public record Heading(int level, List<Inline> content, Attributes attributes, SourcePosition position)
        implements Block {

    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
        content = List.copyOf(content);
        Checks.notNull(attributes, position);
    }

    public String id() {
        return attributes.id();
    }

    /** The heading's text without markup, as a table of contents shows it. */
    public String text() {
        return Traversal.plainText(content);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
