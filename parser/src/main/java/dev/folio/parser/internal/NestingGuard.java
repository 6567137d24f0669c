package dev.folio.parser.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import org.commonmark.node.Node;

/**
 * Says so when a page nests deeper than the parser follows: beyond {@link MarkdownSyntax#MAX_NESTING}
 * levels, commonmark reads the rest as text rather than recursing, and the user should know why.
 */
final class NestingGuard {
    private NestingGuard() {
    }

    static void check(Node root, PageContext page) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth >= MarkdownSyntax.MAX_NESTING - 1) {
                page.warn("nesting-depth", "nested deeper than " + MarkdownSyntax.MAX_NESTING
                        + " levels; the deeper content is read as plain text", page.position(node));
                return;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }
}
