package dev.folio.render.kit.textformat;

import dev.folio.model.doc.Abbreviation;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BlockQuote;
import dev.folio.model.doc.BlockVisitor;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.Code;
import dev.folio.model.doc.CodeBlock;
import dev.folio.model.doc.Critic;
import dev.folio.model.doc.DefinitionItem;
import dev.folio.model.doc.DefinitionList;
import dev.folio.model.doc.Diagram;
import dev.folio.model.doc.Document;
import dev.folio.model.doc.Emoji;
import dev.folio.model.doc.Emphasis;
import dev.folio.model.doc.FootnoteDefinition;
import dev.folio.model.doc.FootnoteReference;
import dev.folio.model.doc.Heading;
import dev.folio.model.doc.HtmlBlock;
import dev.folio.model.doc.HtmlContainer;
import dev.folio.model.doc.HtmlInlineContainer;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Image;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.InlineVisitor;
import dev.folio.model.doc.Insert;
import dev.folio.model.doc.Keys;
import dev.folio.model.doc.LineBreak;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.ListItem;
import dev.folio.model.doc.Mark;
import dev.folio.model.doc.MathBlock;
import dev.folio.model.doc.MathInline;
import dev.folio.model.doc.OrderedList;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Strikethrough;
import dev.folio.model.doc.Strong;
import dev.folio.model.doc.Subscript;
import dev.folio.model.doc.Superscript;
import dev.folio.model.doc.Tab;
import dev.folio.model.doc.TabGroup;
import dev.folio.model.doc.Table;
import dev.folio.model.doc.TableRow;
import dev.folio.model.doc.Text;
import dev.folio.model.doc.ThematicBreak;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A document as plain text: one visitor method per block and inline type, as every format has. */
final class PlainText implements BlockVisitor<Void>, InlineVisitor<Void> {
    private final StringBuilder out = new StringBuilder();
    /** What starts each line of the block being written: quote marks, list indentation. */
    private String prefix = "";

    static String of(Document document) {
        PlainText text = new PlainText();
        text.blocks(document.blocks());
        for (FootnoteDefinition note : document.footnotes()) {
            text.nested("[" + note.number() + "] ", "    ", note.children());
        }
        return text.out.toString();
    }

    private void blocks(List<Block> blocks) {
        blocks.forEach(block -> block.accept(this));
    }

    private void line(String text) {
        for (String line : text.split("\n", -1)) {
            out.append(prefix).append(line).append('\n');
        }
    }

    private String inline(List<Inline> inlines) {
        PlainText text = new PlainText();
        inlines.forEach(inline -> inline.accept(text));
        return text.out.toString();
    }

    /** Blocks whose first line starts with {@code first} and the others with {@code rest}. */
    private void nested(String first, String rest, List<Block> children) {
        String outer = prefix;
        int start = out.length();
        prefix = outer + rest;
        blocks(children);
        prefix = outer;
        if (out.length() > start) {
            out.replace(start, start + outer.length() + rest.length(), outer + first);
        } else {
            line(first.strip());
        }
    }

    @Override
    public Void visit(Heading heading) {
        line("#".repeat(heading.level()) + " " + inline(heading.content()));
        return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
        line(inline(paragraph.content()));
        return null;
    }

    @Override
    public Void visit(BulletList list) {
        list.items().forEach(item -> nested(bullet(item, "- "), "  ", item.children()));
        return null;
    }

    @Override
    public Void visit(OrderedList list) {
        int number = list.start();
        for (ListItem item : list.items()) {
            String marker = number++ + ". ";
            nested(bullet(item, marker), " ".repeat(marker.length()), item.children());
        }
        return null;
    }

    private static String bullet(ListItem item, String marker) {
        return switch (item.task()) {
            case NONE -> marker;
            case DONE -> marker + "[x] ";
            default -> marker + "[ ] ";
        };
    }

    @Override
    public Void visit(BlockQuote quote) {
        nested("> ", "> ", quote.children());
        return null;
    }

    @Override
    public Void visit(CodeBlock code) {
        if (!code.title().isEmpty()) {
            line(code.title() + ":");
        }
        line("    " + code.code().stripTrailing().replace("\n", "\n    "));
        return null;
    }

    @Override
    public Void visit(Diagram diagram) {
        line("[" + diagram.kind() + " diagram]");
        return null;
    }

    @Override
    public Void visit(Table table) {
        for (List<TableRow> rows : List.of(table.header(), table.body())) {
            for (TableRow row : rows) {
                line(row.cells().stream().map(cell -> inline(cell.content())).collect(Collectors.joining(" | ")));
            }
        }
        return null;
    }

    @Override
    public Void visit(ThematicBreak thematicBreak) {
        line("---");
        return null;
    }

    @Override
    public Void visit(Admonition admonition) {
        line(admonition.type().toUpperCase(Locale.ROOT) + (admonition.title().isEmpty() ? "" : ": " + admonition.titleText()));
        String outer = prefix;
        prefix = outer + "  ";
        blocks(admonition.children());
        prefix = outer;
        return null;
    }

    @Override
    public Void visit(HtmlContainer container) {
        blocks(container.children());
        return null;
    }

    @Override
    public Void visit(HtmlInlineContainer container) {
        line(inline(container.content()));
        return null;
    }

    @Override
    public Void visit(TabGroup tabs) {
        for (Tab tab : tabs.tabs()) {
            line("[" + inline(tab.label()) + "]");
            blocks(tab.children());
        }
        return null;
    }

    @Override
    public Void visit(HtmlBlock html) {
        return null;
    }

    @Override
    public Void visit(DefinitionList list) {
        for (DefinitionItem item : list.items()) {
            item.terms().forEach(term -> line(inline(term)));
            item.definitions().forEach(definition -> nested(": ", "  ", definition));
        }
        return null;
    }

    @Override
    public Void visit(MathBlock math) {
        line(math.tex());
        return null;
    }

    @Override
    public Void visit(dev.folio.model.doc.ApiReference reference) {
        return reference.placeholder().accept(this);
    }

    // ---- inlines ----

    private Void inlines(List<Inline> inlines) {
        inlines.forEach(inline -> inline.accept(this));
        return null;
    }

    @Override
    public Void visit(Text text) {
        out.append(text.literal());
        return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
        return inlines(emphasis.content());
    }

    @Override
    public Void visit(Strong strong) {
        return inlines(strong.content());
    }

    @Override
    public Void visit(Mark mark) {
        return inlines(mark.content());
    }

    @Override
    public Void visit(Insert insert) {
        return inlines(insert.content());
    }

    @Override
    public Void visit(Strikethrough strikethrough) {
        return null;
    }

    @Override
    public Void visit(Superscript superscript) {
        return inlines(superscript.content());
    }

    @Override
    public Void visit(Subscript subscript) {
        return inlines(subscript.content());
    }

    @Override
    public Void visit(Keys keys) {
        out.append(keys.text());
        return null;
    }

    @Override
    public Void visit(Code code) {
        out.append(code.literal());
        return null;
    }

    @Override
    public Void visit(Link link) {
        inlines(link.content());
        out.append(" <").append(link.target().written()).append('>');
        return null;
    }

    @Override
    public Void visit(Image image) {
        out.append("[image: ").append(image.alt()).append(']');
        return null;
    }

    @Override
    public Void visit(Icon icon) {
        return null;
    }

    @Override
    public Void visit(Emoji emoji) {
        out.append(emoji.text());
        return null;
    }

    @Override
    public Void visit(FootnoteReference reference) {
        out.append('[').append(reference.isDefined() ? String.valueOf(reference.number()) : "^" + reference.label())
                .append(']');
        return null;
    }

    @Override
    public Void visit(Abbreviation abbreviation) {
        out.append(abbreviation.term());
        return null;
    }

    @Override
    public Void visit(LineBreak lineBreak) {
        out.append('\n');
        return null;
    }

    @Override
    public Void visit(RawInline html) {
        return null;
    }

    @Override
    public Void visit(MathInline math) {
        out.append(math.tex());
        return null;
    }

    @Override
    public Void visit(Critic critic) {
        return inlines(critic.kind() == Critic.Kind.SUBSTITUTION ? critic.replacement()
                : critic.kind() == Critic.Kind.DELETION || critic.kind() == Critic.Kind.COMMENT ? List.of()
                : critic.content());
    }
}
