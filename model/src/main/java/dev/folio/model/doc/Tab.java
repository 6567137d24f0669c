package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.List;

/** One tab of a {@link TabGroup}; {@code selected} for {@code ===+}. */
public record Tab(List<Inline> label, boolean selected, List<Block> children, Attributes attributes,
        SourcePosition position) implements Node {

    public Tab {
        label = List.copyOf(label);
        children = List.copyOf(children);
        Checks.notNull(attributes, position);
    }
}
