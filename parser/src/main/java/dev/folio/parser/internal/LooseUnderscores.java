package dev.folio.parser.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * pymdownx.betterem's {@code smart_enable: none} (or {@code asterisk}): underscores are not smart, so they emphasize
 * inside words too ({@code snake_case_name} → snake<em>case</em>name), which CommonMark never lets them. After parsing,
 * pairs of underscores left in a text are read as betterem reads them, {@code __strong__} before {@code _em_}, within
 * that text.
 */
final class LooseUnderscores {
    private static final Pattern STRONG = Pattern.compile("(?<!_)__(?![\\s_])(.+?)(?<![\\s_])__(?!_)");
    private static final Pattern EMPHASIS = Pattern.compile("(?<!_)_(?![\\s_])(.+?)(?<![\\s_])_(?!_)");

    private LooseUnderscores() {
    }

    static void rewrite(Node root) {
        List<Text> texts = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Text text && text.getLiteral().indexOf('_') >= 0) {
                texts.add(text);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
            }
        }
        texts.forEach(LooseUnderscores::split);
    }

    /** Replaces {@code text} by its pieces: plain text, strong and emphasis; nothing when it holds no pair. */
    private static void split(Text text) {
        List<Node> pieces = pieces(text.getLiteral());
        if (pieces.size() == 1 && pieces.get(0) instanceof Text) {
            return;
        }
        for (Node piece : pieces) {
            piece.setSourceSpans(text.getSourceSpans());
            text.insertBefore(piece);
        }
        text.unlink();
    }

    private static List<Node> pieces(String literal) {
        List<Node> out = new ArrayList<>();
        Matcher strong = STRONG.matcher(literal);
        int from = 0;
        while (strong.find()) {
            out.addAll(emphasis(literal.substring(from, strong.start())));
            StrongEmphasis node = new StrongEmphasis("__");
            emphasis(strong.group(1)).forEach(node::appendChild);
            out.add(node);
            from = strong.end();
        }
        out.addAll(emphasis(literal.substring(from)));
        return out;
    }

    private static List<Node> emphasis(String literal) {
        List<Node> out = new ArrayList<>();
        Matcher em = EMPHASIS.matcher(literal);
        int from = 0;
        while (em.find()) {
            if (em.start() > from) {
                out.add(new Text(literal.substring(from, em.start())));
            }
            Emphasis node = new Emphasis("_");
            node.appendChild(new Text(em.group(1)));
            out.add(node);
            from = em.end();
        }
        if (from < literal.length() || out.isEmpty()) {
            out.add(new Text(literal.substring(from)));
        }
        return out;
    }
}
