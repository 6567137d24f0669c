package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * An HTML element whose inside is Markdown blocks: {@code <div class="grid cards" markdown>},
 * {@code <details class="downloads" markdown>} (its {@code <summary>} is the first child, an
 * {@link HtmlInlineContainer}). {@code tag} is lower case. The element's attributes are in
 * {@link #attributes()} in the order written, the {@code markdown} attribute dropped.
 */
public record HtmlContainer(String tag, List<Block> children, Attributes attributes, SourcePosition position)
        implements Block {

    public HtmlContainer {
        Objects.requireNonNull(tag, "tag");
        children = List.copyOf(children);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
