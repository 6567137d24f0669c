package dev.folio.model.doc;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * The content of one page: its blocks in order, and its footnotes ordered by number (they are
 * written once, at the end, whatever their place in the source). Immutable, compared by value as a record
 * is; a class only so that it can keep its headings once they are asked for.
 */
public final class Document {

    public static final Document EMPTY = new Document(List.of(), List.of());

    private final List<Block> blocks;
    private final List<FootnoteDefinition> footnotes;
    /**
     * Found on first use. Several renderers ask for every page's headings (table of contents, anchors, the
     * plugin's page shapes): a walk of the blocks each time. Two threads may both walk; both get equal lists.
     */
    private volatile List<Heading> headings;

    public Document(List<Block> blocks, List<FootnoteDefinition> footnotes) {
        this.blocks = List.copyOf(blocks);
        this.footnotes = List.copyOf(footnotes);
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<FootnoteDefinition> footnotes() {
        return footnotes;
    }

    /** Every heading, in document order, containers included. */
    public List<Heading> headings() {
        List<Heading> found = headings;
        if (found == null) {
            found = Traversal.headings(this);
            headings = found;
        }
        return found;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Document document && blocks.equals(document.blocks)
                && footnotes.equals(document.footnotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(blocks, footnotes);
    }

    @Override
    public String toString() {
        return "Document[blocks=" + blocks + ", footnotes=" + footnotes + "]";
    }
}
