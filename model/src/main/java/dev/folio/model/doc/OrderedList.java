package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** An ordered list, numbered from {@code start}; whether each item's paragraphs are written as paragraphs, the item says. */
public record OrderedList(int start, List<ListItem> items, Attributes attributes, SourcePosition position)
        implements Block {

    public OrderedList {
        items = List.copyOf(items);
        Checks.notNull(attributes, position);
    }

    /** Whether no item is loose. */
    public boolean tight() {
        return items.stream().noneMatch(ListItem::loose);
    }

    public boolean isTaskList() {
        return items.stream().anyMatch(item -> item.task() != ListItem.Task.NONE);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
