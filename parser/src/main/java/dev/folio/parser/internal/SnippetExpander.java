package dev.folio.parser.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.Node;

import dev.folio.model.Diagnostic;

/**
 * Replaces every {@code --8<--} include with the included file's parsed content, recursively, before
 * conversion (so footnotes, abbreviations and heading ids of snippets count like the page's own).
 * Refused paths, missing files, include cycles and too deep nesting are diagnostics.
 */
final class SnippetExpander {
    static final int MAX_DEPTH = 8;

    private final PageContext page;
    private final Snippets snippets;

    SnippetExpander(PageContext page, Snippets snippets) {
        this.page = page;
        this.snippets = snippets;
    }

    void expand(Node root) {
        expand(root, new ArrayDeque<>());
    }

    private void expand(Node root, Deque<String> including) {
        List<SnippetSyntax.Include> includes = new ArrayList<>();
        List<Node> unclosed = new ArrayList<>();
        collect(root, includes, unclosed);
        for (Node block : unclosed) {
            // pymdownx reads paths to the end of the text too; say so, as a stray marker swallows the page.
            page.report(Diagnostic.warning("snippet-unclosed", "snippet block --8<-- is not closed: every line "
                    + "after it was read as a snippet path", page.position(block)));
        }
        for (SnippetSyntax.Include include : includes) {
            replace(include, including);
        }
    }

    private static void collect(Node node, List<SnippetSyntax.Include> out, List<Node> unclosed) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof SnippetSyntax.IncludeBlock block && !block.closed) {
                unclosed.add(block);
            }
            if (n instanceof SnippetSyntax.Include include) {
                out.add(include);
                continue;
            }
            for (Node child = n.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
            }
        }
    }

    private void replace(SnippetSyntax.Include include, Deque<String> including) {
        Optional<String> refusal = Snippets.refusal(include.path);
        if (refusal.isPresent()) {
            fail(include, "snippet-refused", refusal.get());
            return;
        }
        Optional<Snippets.Found> found = snippets.find(include.path);
        if (found.isEmpty()) {
            fail(include, "snippet-missing", "snippet file not found: " + include.path);
            return;
        }
        String key = found.get().file().toString();
        if (including.contains(key)) {
            fail(include, "snippet-cycle", "snippet " + include.path + " includes itself");
            return;
        }
        if (including.size() >= MAX_DEPTH) {
            fail(include, "snippet-depth", "snippets nested deeper than " + MAX_DEPTH + " levels");
            return;
        }
        SnippetSyntax.Included included = new SnippetSyntax.Included(found.get().shownName());
        page.snippetIncluded();
        Node parsed = MarkdownSyntax.parse(found.get().text());
        while (parsed.getFirstChild() != null) {
            included.appendChild(parsed.getFirstChild());
        }
        include.insertAfter(included);
        include.unlink();
        including.push(key);
        expand(included, including);
        including.pop();
    }

    private void fail(SnippetSyntax.Include include, String code, String message) {
        page.report(Diagnostic.warning(code, message, page.position(include)));
        include.unlink();
    }
}
