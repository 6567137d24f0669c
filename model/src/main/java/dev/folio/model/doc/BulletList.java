package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A bullet list; whether each item's paragraphs are written as paragraphs, the item says. */
public record BulletList(List<ListItem> items, Attributes attributes, SourcePosition position) implements Block {

    public BulletList {
        items = List.copyOf(items);
        Checks.notNull(attributes, position);
    }

    /** Whether no item is loose. */
    public boolean tight() {
        return items.stream().noneMatch(ListItem::loose);
    }

    /** Whether any item is a task ({@code - [ ]} / {@code - [x]}). */
    public boolean isTaskList() {
        return items.stream().anyMatch(item -> item.task() != ListItem.Task.NONE);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
