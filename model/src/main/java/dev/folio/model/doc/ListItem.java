package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.List;
import java.util.Objects;

/**
 * An item of a {@link BulletList} or {@link OrderedList}; a task item when {@code task} says so.
 *
 * @param loose whether its paragraphs are written as paragraphs ({@code <p>}); a tight item's text is the item's own,
 *              as Python-Markdown decides item by item from the blank lines around and inside it
 */
public record ListItem(Task task, List<Block> children, boolean loose, Attributes attributes, SourcePosition position)
        implements Node {

    /** Whether the item is a task-list item ({@code - [ ]}, {@code - [x]}) and its state. */
    public enum Task { NONE, OPEN, DONE }

    public ListItem {
        Objects.requireNonNull(task, "task");
        children = List.copyOf(children);
        Checks.notNull(attributes, position);
    }
}
