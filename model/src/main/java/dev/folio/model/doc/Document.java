package dev.folio.model.doc;

import java.util.List;

/**
 * The content of one page: its blocks in order, and its footnotes ordered by number (they are
 * written once, at the end, whatever their place in the source).
 */
public record Document(List<Block> blocks, List<FootnoteDefinition> footnotes) {

    public static final Document EMPTY = new Document(List.of(), List.of());

    public Document {
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }

    /** Every heading, in document order, containers included. */
    public List<Heading> headings() {
        return Traversal.headings(this);
    }
}
