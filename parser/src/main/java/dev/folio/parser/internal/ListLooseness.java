package dev.folio.parser.internal;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Python-Markdown's loose items, item by item: an item's paragraphs are paragraphs ({@code <p>}) when a blank line
 * separates it from the item before or after it, or two of its own blocks; a list can so hold loose and tight items
 * ({@code - a⏎⏎- b⏎- c}: a and b loose, c tight), where CommonMark makes the whole list loose.
 */
final class ListLooseness {
    private ListLooseness() {
    }

    static boolean loose(Node item) {
        Node previous = item.getPrevious();
        Node next = item.getNext();
        if (previous != null && blankBetween(previous, item) || next != null && blankBetween(item, next)) {
            return true;
        }
        for (Node child = item.getFirstChild(); child != null && child.getNext() != null; child = child.getNext()) {
            if (blankBetween(child, child.getNext())) {
                return true;
            }
        }
        return false;
    }

    private static boolean blankBetween(Node before, Node after) {
        int last = lastLine(before);
        int first = firstLine(after);
        return last >= 0 && first >= 0 && first > last + 1;
    }

    private static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
    }

    /** The last line that holds the node's content: blank lines a container kept open for are not content. */
    private static int lastLine(Node node) {
        Node deepest = node;
        while (deepest.getLastChild() != null && !deepest.getLastChild().getSourceSpans().isEmpty()
                && isBlock(deepest.getLastChild())) {
            deepest = deepest.getLastChild();
        }
        List<SourceSpan> spans = deepest.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(spans.size() - 1).getLineIndex();
    }

    private static boolean isBlock(Node node) {
        return node instanceof org.commonmark.node.Block;
    }
}
