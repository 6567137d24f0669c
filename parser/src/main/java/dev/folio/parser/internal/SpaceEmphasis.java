package dev.folio.parser.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Python-Markdown's emphasis of blank space: its {@code \*([^*]+)\*} pairs a lone asterisk after a
 * letter with the next one across nothing but spaces, so {@code 影響* *所有* *過去} gives
 * {@code 影響<em> </em>所有<em> </em>過去}, where CommonMark pairs the inner asterisks:
 * {@code 影響* <em>所有</em> *過去} (a translation slip in the zh-Hant seed, html-structures.md §12).
 * Rewrites exactly that shape of commonmark's tree, after parsing; {@code *a* *b*} and every other
 * use of asterisks keep CommonMark's reading.
 */
final class SpaceEmphasis {
    private SpaceEmphasis() {
    }

    static void rewrite(Node root) {
        List<Emphasis> found = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Emphasis emphasis && matches(emphasis)) {
                found.add(emphasis);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
            }
        }
        found.forEach(SpaceEmphasis::unwrap);
    }

    /** {@code …X* } + emphasis + {@code  *Y…}: a lone asterisk and spaces on both sides of CommonMark's emphasis. */
    private static boolean matches(Emphasis emphasis) {
        if (!"*".equals(emphasis.getOpeningDelimiter()) || !(emphasis.getPrevious() instanceof Text before)
                || !(emphasis.getNext() instanceof Text after)) {
            return false;
        }
        String left = before.getLiteral();
        String right = after.getLiteral();
        int star = left.length() - 1 - trailingBlanks(left);
        int close = leadingBlanks(right);
        return star > 0 && star < left.length() - 1 && left.charAt(star) == '*'
                && !Character.isWhitespace(left.charAt(star - 1)) && left.charAt(star - 1) != '*'
                && close > 0 && close + 1 < right.length() && right.charAt(close) == '*'
                && right.charAt(close + 1) != '*' && !Character.isWhitespace(right.charAt(close + 1));
    }

    /** {@code X* } [em: content] {@code  *Y} → {@code X} [em: " "] content [em: " "] {@code Y}. */
    private static void unwrap(Emphasis emphasis) {
        Text before = (Text) emphasis.getPrevious();
        Text after = (Text) emphasis.getNext();
        String left = before.getLiteral();
        String right = after.getLiteral();
        int star = left.length() - 1 - trailingBlanks(left);
        int close = leadingBlanks(right);

        List<SourceSpan> beforeSpans = before.getSourceSpans();
        before.setLiteral(left.substring(0, star));
        before.setSourceSpans(cut(beforeSpans, 0, star));
        Emphasis opening = blank(left.substring(star + 1), cut(beforeSpans, star, left.length()));
        before.insertAfter(opening);
        Node last = opening;
        while (emphasis.getFirstChild() != null) {
            Node child = emphasis.getFirstChild();
            last.insertAfter(child);
            last = child;
        }
        List<SourceSpan> afterSpans = after.getSourceSpans();
        Emphasis closing = blank(right.substring(0, close), cut(afterSpans, 0, close + 1));
        last.insertAfter(closing);
        emphasis.unlink();
        after.setLiteral(right.substring(close + 1));
        after.setSourceSpans(cut(afterSpans, close + 1, right.length()));
    }

    private static Emphasis blank(String spaces, List<SourceSpan> spans) {
        Emphasis emphasis = new Emphasis("*");
        Text text = new Text(spaces);
        text.setSourceSpans(spans);
        emphasis.appendChild(text);
        emphasis.setSourceSpans(spans);
        return emphasis;
    }

    /** The part {@code from..to} of a one-line text's span (a text over several lines keeps its spans). */
    private static List<SourceSpan> cut(List<SourceSpan> spans, int from, int to) {
        if (spans.size() != 1 || to > spans.get(0).getLength()) {
            return spans;
        }
        return List.of(spans.get(0).subSpan(from, to));
    }

    private static int trailingBlanks(String text) {
        int n = 0;
        while (n < text.length() && isBlank(text.charAt(text.length() - 1 - n))) {
            n++;
        }
        return n;
    }

    private static int leadingBlanks(String text) {
        int n = 0;
        while (n < text.length() && isBlank(text.charAt(n))) {
            n++;
        }
        return n;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
