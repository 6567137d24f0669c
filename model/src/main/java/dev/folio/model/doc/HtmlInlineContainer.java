package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * An HTML element whose inside is inline Markdown ({@code markdown="span"}, and the elements that
 * md_in_html treats as spans: {@code <summary>}, {@code <p>}, headings, …).
 */
public record HtmlInlineContainer(String tag, List<Inline> content, Attributes attributes, SourcePosition position)
        implements Block {

    public HtmlInlineContainer {
        Objects.requireNonNull(tag, "tag");
        content = List.copyOf(content);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
