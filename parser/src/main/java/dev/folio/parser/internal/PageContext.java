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
    private final HeadingIds headingIds;
    private final LinkTargets links;
    private final Footnotes footnotes = new Footnotes(this);
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Abbreviations abbreviations;
    /** Where the lines of the parsed text come from: the page's file, or the snippets it includes. */
    private final SourceMap sources;
    /** The last node asked for by {@link #position(Node)}, and its answer (the tree no longer changes then). */
    private Node lastNode;
    private SourcePosition lastPosition;

    /** The page's Markdown as parsed, for what commonmark's tree no longer says (a code span's first space). */
    private final String markdown;

    PageContext(String file, String sourcePath, Dialect dialect) {
        this(file, sourcePath, dialect, "", SourceMap.identity(file));
    }

    PageContext(String file, String sourcePath, Dialect dialect, String markdown, SourceMap sources) {
        this.markdown = markdown;
        this.sources = sources;
        this.headingIds = new HeadingIds(dialect.tocOptions());
        this.file = file;
        this.dialect = dialect;
        this.links = new LinkTargets(sourcePath);
        this.abbreviations = dialect.abbreviations();
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Whether a code span was written with a space after its opening backticks ({@code ` #!js x `}), which
     * CommonMark strips and Python-Markdown keeps: such code is never highlighted. False when its source is not the
     * page's parsed text.
     */
    boolean codeOpensWithSpace(Node code) {
        List<org.commonmark.node.SourceSpan> spans = code.getSourceSpans();
        if (spans.isEmpty()) {
            return false;
        }
        int index = spans.get(0).getInputIndex();
        if (index < 0 || index >= markdown.length() || markdown.charAt(index) != '`') {
            return false;
        }
        while (index < markdown.length() && markdown.charAt(index) == '`') {
            index++;
        }
        return index < markdown.length() && markdown.charAt(index) == ' ';
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
        if (node == lastNode) {
            return lastPosition; // a text node is asked again for each piece it is split into
        }
        SourceSpan span = null;
        for (Node n = node; n != null && span == null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                span = spans.get(0);
            }
        }
        lastNode = node;
        lastPosition = span == null ? sources.position(0, 0)
                : sources.position(span.getLineIndex(), span.getColumnIndex());
        return lastPosition;
    }

    /** The position {@code offset} characters into a text node (exact unless escapes came before). */
    SourcePosition position(Node node, int offset) {
        SourcePosition start = position(node);
        return offset == 0 ? start : start.at(start.line(), start.column() + offset);
    }
}
