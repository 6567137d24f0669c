package dev.folio.parser.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.commonmark.node.Node;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

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
        List<RawHtmlSyntax.Raw> raws = new ArrayList<>();
        collect(root, includes, unclosed, raws);
        for (Node block : unclosed) {
            // pymdownx reads paths to the end of the text too; say so, as a stray marker swallows the page.
            page.report(Diagnostic.warning("snippet-unclosed", "snippet block --8<-- is not closed: every line "
                    + "after it was read as a snippet path", page.position(block)));
        }
        for (SnippetSyntax.Include include : includes) {
            replace(include, including);
        }
        for (RawHtmlSyntax.Raw raw : raws) {
            SourcePosition at = page.position(raw);
            raw.setLiteral(expandText(raw.getLiteral(), i -> at.at(at.line() + i, at.column()), including));
        }
    }

    private static void collect(Node node, List<SnippetSyntax.Include> out, List<Node> unclosed,
            List<RawHtmlSyntax.Raw> raws) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof SnippetSyntax.IncludeBlock block && !block.closed) {
                unclosed.add(block);
            }
            if (n instanceof RawHtmlSyntax.Raw raw && raw.getLiteral().contains(SnippetSyntax.MARKER)) {
                raws.add(raw);
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
        Optional<Snippets.Found> found = resolve(include.path, including, page.position(include));
        if (found.isEmpty()) {
            include.unlink();
            return;
        }
        SnippetSyntax.Included included = new SnippetSyntax.Included(found.get().shownName());
        page.snippetIncluded();
        Node parsed = MarkdownSyntax.parse(found.get().text(), page.dialect().blocks().enabled(),
                page.dialect().superFences().indentedCode());
        while (parsed.getFirstChild() != null) {
            included.appendChild(parsed.getFirstChild());
        }
        include.insertAfter(included);
        include.unlink();
        including.push(found.get().file().toString());
        expand(included, including);
        including.pop();
    }

    /**
     * Includes inside raw HTML, line and block forms: pymdownx.snippets runs before anything else, so
     * the file's text lands in the raw HTML as it is (and is not Markdown there).
     *
     * @param lineAt where line {@code i} (0-based) of {@code text} is, for diagnostics
     */
    private String expandText(String text, IntFunction<SourcePosition> lineAt, Deque<String> including) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        boolean inBlock = false;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
                indent++;
            }
            String rest = line.substring(indent);
            SourcePosition at = lineAt.apply(i);
            if (rest.equals(SnippetSyntax.MARKER)) {
                inBlock = !inBlock; // the block form's opening or closing line
            } else if (inBlock) {
                String path = rest.strip();
                if (!path.isEmpty() && !path.startsWith(";")) {
                    insert(path, at.at(at.line(), at.column() + indent), including, out);
                }
            } else {
                Optional<String> path = SnippetSyntax.includePath(rest);
                if (path.isPresent()) {
                    insert(path.get(), at.at(at.line(), at.column() + indent), including, out);
                } else {
                    out.append(line);
                }
            }
        }
        return out.toString();
    }

    private void insert(String path, SourcePosition at, Deque<String> including, StringBuilder out) {
        Optional<Snippets.Found> found = resolve(path, including, at);
        if (found.isPresent()) {
            Snippets.Found file = found.get();
            including.push(file.file().toString());
            out.append(expandText(file.text().stripTrailing(), k -> SourcePosition.of(file.shownName(), k + 1, 1),
                    including));
            including.pop();
        }
    }

    /** The file an include names, or empty after a diagnostic saying why it is not included. */
    private Optional<Snippets.Found> resolve(String path, Deque<String> including, SourcePosition at) {
        Optional<String> refusal = Snippets.refusal(path);
        if (refusal.isPresent()) {
            fail(at, "snippet-refused", refusal.get());
            return Optional.empty();
        }
        Optional<Snippets.Found> found = snippets.find(path);
        if (found.isEmpty()) {
            Optional<String> escape = snippets.escape(path);
            fail(at, escape.isPresent() ? "snippet-refused" : "snippet-missing",
                    escape.orElse("snippet file not found: " + path));
            return Optional.empty();
        }
        if (including.contains(found.get().file().toString())) {
            fail(at, "snippet-cycle", "snippet " + path + " includes itself");
            return Optional.empty();
        }
        if (including.size() >= MAX_DEPTH) {
            fail(at, "snippet-depth", "snippets nested deeper than " + MAX_DEPTH + " levels");
            return Optional.empty();
        }
        return found;
    }

    private void fail(SourcePosition at, String code, String message) {
        page.report(Diagnostic.warning(code, message, at));
    }
}
