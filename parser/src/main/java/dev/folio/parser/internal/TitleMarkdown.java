package dev.folio.parser.internal;

import java.util.List;
import java.util.function.Function;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Text;

/**
 * A title written on a block's first line ({@code !!! note "Title"}, {@code /// tab | Title}) read as inline Markdown,
 * as Python-Markdown's inline processors read it: code, emphasis, links, icons. What is not one paragraph of inline
 * content ({@code # x}, {@code 1. x}) stays text. Positions inside the title are its block's line.
 */
final class TitleMarkdown {
    private TitleMarkdown() {
    }

    /**
     * @param owner   the block whose line holds the title, for positions
     * @param inlines converts a paragraph's inline content
     */
    static List<Inline> inlines(String title, Node owner, PageContext page, Function<Node, List<Inline>> inlines) {
        if (title.isEmpty()) {
            return List.of();
        }
        List<SourceSpan> own = owner.getSourceSpans();
        Node parsed = MarkdownSyntax.parseAt(title, page.dialect().syntax().withBlocks(false),
                own.isEmpty() ? null : own.get(0));
        Node first = parsed.getFirstChild();
        if (!(first instanceof Paragraph) || first.getNext() != null) {
            return List.of(new Text(title, Attributes.EMPTY, page.position(owner)));
        }
        return inlines.apply(first);
    }
}
