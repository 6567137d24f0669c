package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * Fenced or indented code. {@code language} is empty when none was given; {@code title} is empty
 * when there is none ({@code title="…"} in the fence); {@code options} keeps every other key=value
 * of the fence in order ({@code linenums="1"}, {@code hl_lines="2 3"}). The code ends with a newline
 * when it has any lines.
 */
public record CodeBlock(String language, String title, List<Attributes.Attribute> options, String code,
        boolean fenced, Attributes attributes, SourcePosition position) implements Block {

    public CodeBlock {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        options = List.copyOf(options);
        Objects.requireNonNull(code, "code");
        Checks.notNull(attributes, position);
    }

    public java.util.Optional<String> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).map(Attributes.Attribute::value).findFirst();
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
