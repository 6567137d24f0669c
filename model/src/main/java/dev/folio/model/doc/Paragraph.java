package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A paragraph. Soft line breaks inside it are {@link LineBreak}s, as MkDocs keeps them. */
public record Paragraph(List<Inline> content, Attributes attributes, SourcePosition position) implements Block {

    public Paragraph {
        content = List.copyOf(content);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
