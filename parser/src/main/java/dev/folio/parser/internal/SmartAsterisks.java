package dev.folio.parser.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.commonmark.node.Delimited;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * pymdownx.betterem's {@code smart_enable: all} (or {@code asterisk}): asterisks, like underscores, neither open nor
 * close emphasis inside a word, so {@code wo*rd*s} and {@code 2*3*4} stay text. CommonMark lets asterisks do so; after
 * parsing, such emphasis is undone, its asterisks back as text. (Smart underscores are CommonMark's own rule;
 * {@link LooseUnderscores} undoes it for {@code none}.)
 */
final class SmartAsterisks {
    private SmartAsterisks() {
    }

    static void rewrite(Node root) {
        List<Node> found = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if ((node instanceof Emphasis || node instanceof StrongEmphasis) && insideAWord(node)) {
                found.add(node);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
            }
        }
        found.forEach(SmartAsterisks::undo);
    }

    private static boolean insideAWord(Node emphasis) {
        String delimiter = ((Delimited) emphasis).getOpeningDelimiter();
        if (delimiter == null || !delimiter.startsWith("*")) {
            return false;
        }
        return emphasis.getPrevious() instanceof Text before && !before.getLiteral().isEmpty()
                && isWord(before.getLiteral().charAt(before.getLiteral().length() - 1))
                || emphasis.getNext() instanceof Text after && !after.getLiteral().isEmpty()
                && isWord(after.getLiteral().charAt(0));
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The emphasis's content in its place, between its asterisks as text. */
    private static void undo(Node emphasis) {
        String delimiter = ((Delimited) emphasis).getOpeningDelimiter();
        Text opening = new Text(delimiter);
        opening.setSourceSpans(emphasis.getSourceSpans());
        emphasis.insertBefore(opening);
        while (emphasis.getFirstChild() != null) {
            emphasis.insertBefore(emphasis.getFirstChild());
        }
        Text closing = new Text(((Delimited) emphasis).getClosingDelimiter());
        closing.setSourceSpans(emphasis.getSourceSpans());
        emphasis.insertBefore(closing);
        emphasis.unlink();
    }
}
