package dev.folio.render.kit;

import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BlockQuote;
import dev.folio.model.doc.BlockVisitor;
import dev.folio.model.doc.DefinitionItem;
import dev.folio.model.doc.DefinitionList;
import dev.folio.model.doc.Heading;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Table;
import dev.folio.model.doc.TableCell;
import dev.folio.model.doc.TableRow;
import dev.folio.model.doc.ThematicBreak;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * The block half of a markup backend. It walks blocks one at a time, so that a block that cannot be written leaves
 * nothing half-written and is replaced by what {@link #unrendered} writes while the rest of the page is written; and
 * it writes the blocks every markup format structures alike (headings, paragraphs, quotes, rules, tables, definition
 * lists),
 * with hooks where formats differ. A backend writes the other blocks, whose printed or interactive forms differ.
 *
 * @param <I> the backend's inline writer, which its own block visits may use beyond {@link InlineMarkup#write}
 */
public abstract class BlockMarkup<I extends InlineMarkup> implements BlockVisitor<@Nullable Void> {
    protected final MarkupWriter out;
    protected final I inlines;

    protected BlockMarkup(MarkupWriter out, I inlines) {
        this.out = out;
        this.inlines = inlines;
    }

    /** Writes blocks; whatever raw HTML among them left open is closed when they end. */
    public void blocks(List<Block> blocks) {
        int scope = enterScope();
        for (Block block : blocks) {
            block(block);
        }
        leaveScope(scope);
    }

    /** Writes one block; one that fails is taken back and replaced by {@link #unrendered}. */
    protected final void block(Block block) {
        MarkupWriter.Mark mark = out.mark();
        try {
            block.accept(this);
        } catch (RuntimeException | StackOverflowError e) {
            out.reset(mark);
            unrendered(block, e);
        }
    }

    /** Starts the element for a node, as {@link InlineMarkup#open} does. */
    protected abstract MarkupWriter open(String tag, Attributes own, Map<String, String> generated);

    /** Writes what stands for a block that could not be written (its text), and reports it. */
    protected abstract void unrendered(Block block, Throwable failure);

    protected abstract int enterScope();

    protected abstract void leaveScope(int scope);

    /** Where a block's markup ends a line: a newline where the format keeps one (HTML), else nothing. */
    protected void lineEnd() {
    }

    /** Inside a heading before its text: a format's extra anchors. */
    protected void beforeHeadingText(Heading heading) {
    }

    /** Inside a heading after its text: a format's permalink. */
    protected void afterHeadingText(Heading heading) {
    }

    /** The attributes that align a table cell's content. */
    protected abstract Map<String, String> alignment(Table.Alignment alignment);

    /** Whether a table without header rows still gets its (empty) head, as Python-Markdown writes it. */
    protected boolean writesEmptyTableHead() {
        return true;
    }

    /** One definition of a definition list's item: its blocks. */
    protected void definition(DefinitionItem item, List<Block> definition) {
        blocks(definition);
    }

    @Override
    public @Nullable Void visit(Heading heading) {
        open("h" + heading.level(), heading.attributes(), Map.of());
        beforeHeadingText(heading);
        inlines.write(heading.content());
        afterHeadingText(heading);
        out.end();
        lineEnd();
        return null;
    }

    @Override
    public @Nullable Void visit(Paragraph paragraph) {
        open("p", paragraph.attributes(), Map.of());
        paragraphText(paragraph);
        out.end();
        lineEnd();
        return null;
    }

    /** A paragraph's text, inside its element (whose start tag still takes attributes). */
    protected void paragraphText(Paragraph paragraph) {
        inlines.write(paragraph.content());
    }

    @Override
    public @Nullable Void visit(BlockQuote quote) {
        open("blockquote", quote.attributes(), Map.of());
        lineEnd();
        blocks(quote.children());
        out.end();
        lineEnd();
        return null;
    }

    @Override
    public @Nullable Void visit(ThematicBreak thematicBreak) {
        open("hr", thematicBreak.attributes(), Map.of()).endVoid();
        lineEnd();
        return null;
    }

    @Override
    public @Nullable Void visit(Table table) {
        open("table", table.attributes(), Map.of());
        lineEnd();
        if (writesEmptyTableHead() || !table.header().isEmpty()) {
            out.start("thead");
            lineEnd();
            rows(table.header());
            out.end();
            lineEnd();
        }
        out.start("tbody");
        lineEnd();
        rows(table.body());
        out.end();
        lineEnd();
        out.end();
        lineEnd();
        return null;
    }

    private void rows(List<TableRow> rows) {
        for (TableRow row : rows) {
            open("tr", row.attributes(), Map.of());
            lineEnd();
            for (TableCell cell : row.cells()) {
                open(cell.header() ? "th" : "td", cell.attributes(), alignment(cell.alignment()));
                inlines.write(cell.content());
                out.end();
                lineEnd();
            }
            out.end();
            lineEnd();
        }
    }

    /** An API reference Folio cannot generate: its placeholder, an admonition, as each format writes one. */
    @Override
    public @Nullable Void visit(dev.folio.model.doc.ApiReference reference) {
        return reference.placeholder().accept(this);
    }

    @Override
    public @Nullable Void visit(DefinitionList list) {
        open("dl", list.attributes(), Map.of());
        lineEnd();
        for (DefinitionItem item : list.items()) {
            for (int i = 0; i < item.terms().size(); i++) {
                open("dt", item.termAttributes().get(i), Map.of());
                inlines.write(item.terms().get(i));
                out.end();
                lineEnd();
            }
            for (int i = 0; i < item.definitions().size(); i++) {
                open("dd", item.definitionAttributes().get(i), Map.of());
                definition(item, item.definitions().get(i));
                out.end();
                lineEnd();
            }
        }
        out.end();
        lineEnd();
        return null;
    }
}
