package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

/**
 * What converting one page shares: positions (in the page's file, or in a snippet's), heading ids,
 * link resolution, footnote numbering, abbreviations, and the diagnostics found. One per page; not
 * thread-safe.
 */
final class PageContext {
    private final String file;
    private final Dialect dialect;
    private final HeadingIds headingIds = new HeadingIds();
    private final LinkTargets links;
    private final Footnotes footnotes = new Footnotes(this);
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Abbreviations abbreviations;

    PageContext(String file, String sourcePath, Dialect dialect) {
        this.file = file;
        this.dialect = dialect;
        this.links = new LinkTargets(sourcePath);
        this.abbreviations = dialect.abbreviations();
    }

    Dialect dialect() {
        return dialect;
    }

    HeadingIds headingIds() {
        return headingIds;
    }

    LinkTargets links() {
        return links;
    }

    Footnotes footnotes() {
        return footnotes;
    }

    Abbreviations abbreviations() {
        return abbreviations;
    }

    void abbreviations(Abbreviations all) {
        this.abbreviations = all;
    }

    void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    void warn(String code, String message, SourcePosition position) {
        report(Diagnostic.warning(code, message, position));
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /**
     * The position of a node's first source span (else of its nearest ancestor that has one), in the
     * file it comes from: the page, or the snippet that included it.
     */
    SourcePosition position(Node node) {
        SourceSpan span = null;
        String from = file;
        for (Node n = node; n != null; n = n.getParent()) {
            if (span == null && !n.getSourceSpans().isEmpty()) {
                span = n.getSourceSpans().get(0);
            }
            if (n instanceof SnippetSyntax.Included included) {
                from = included.file;
                break;
            }
        }
        return span == null ? SourcePosition.of(from, 1, 1)
                : SourcePosition.of(from, span.getLineIndex() + 1, span.getColumnIndex() + 1);
    }

    /** The position {@code offset} characters into a text node (exact unless escapes came before). */
    SourcePosition position(Node node, int offset) {
        SourcePosition start = position(node);
        return offset == 0 ? start : start.at(start.line(), start.column() + offset);
    }
}
