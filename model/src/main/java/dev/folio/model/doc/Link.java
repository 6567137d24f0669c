package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A link. {@code title} is empty when none was written; {@code ""} written as a title is kept as
 * a present, empty title (MkDocs writes {@code title=""}).
 */
public record Link(LinkTarget target, Optional<String> title, List<Inline> content, Attributes attributes,
        SourcePosition position) implements Inline {

    public Link {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(title, "title");
        content = List.copyOf(content);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
