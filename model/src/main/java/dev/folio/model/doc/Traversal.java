package dev.folio.model.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * Walks documents. Child lists come from the node visitors, so a new node type must be taught
 * here too before the model compiles.
 */
public final class Traversal {

    private Traversal() {
    }

    /** Every node of the document, depth first in document order; footnote bodies last. */
    public static Stream<Node> nodes(Document document) {
        List<Node> roots = new ArrayList<>(document.blocks());
        roots.addAll(document.footnotes());
        return descendants(roots);
    }

    /** The given nodes and all their descendants, depth first in document order. */
    public static Stream<Node> descendants(List<? extends Node> roots) {
        List<Node> out = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            out.add(node);
            List<? extends Node> kids = children(node);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out.stream();
    }

    /**
     * Every heading of the document in document order, footnote bodies last. Inline content holds no blocks,
     * so only blocks are walked: a fraction of the nodes, for a question renderers ask of every page.
     */
    static List<Heading> headings(Document document) {
        List<Heading> headings = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        for (int i = document.footnotes().size() - 1; i >= 0; i--) {
            stack.push(document.footnotes().get(i));
        }
        for (int i = document.blocks().size() - 1; i >= 0; i--) {
            stack.push(document.blocks().get(i));
        }
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Heading heading) {
                headings.add(heading);
                continue;
            }
            List<? extends Node> kids = children(node);
            for (int i = kids.size() - 1; i >= 0; i--) {
                if (!(kids.get(i) instanceof Inline)) {
                    stack.push(kids.get(i));
                }
            }
        }
        return Collections.unmodifiableList(headings);
    }

    /** The direct children of a node, blocks and inlines alike, in document order. */
    public static List<? extends Node> children(Node node) {
        if (node instanceof Block block) {
            return block.accept(BLOCK_CHILDREN);
        }
        if (node instanceof Inline inline) {
            return inline.accept(INLINE_CHILDREN);
        }
        if (node instanceof ListItem item) {
            return item.children();
        }
        if (node instanceof TableRow row) {
            return row.cells();
        }
        if (node instanceof TableCell cell) {
            return cell.content();
        }
        if (node instanceof Tab tab) {
            return concat(tab.label(), tab.children());
        }
        if (node instanceof DefinitionItem item) {
            List<Node> all = new ArrayList<>();
            item.terms().forEach(all::addAll);
            item.definitions().forEach(all::addAll);
            return all;
        }
        if (node instanceof FootnoteDefinition note) {
            return note.children();
        }
        throw new IllegalStateException("unknown node " + node.getClass());
    }

    /** The text of inlines without markup: what a table of contents, an {@code alt} or a bookmark shows. */
    public static String plainText(List<? extends Inline> inlines) {
        StringBuilder out = new StringBuilder();
        descendants(inlines).forEach(node -> {
            if (node instanceof Text text) {
                out.append(text.literal());
            } else if (node instanceof Code code) {
                out.append(code.literal());
            } else if (node instanceof Abbreviation abbreviation) {
                out.append(abbreviation.term());
            } else if (node instanceof LineBreak) {
                out.append(' ');
            } else if (node instanceof Keys keys) {
                out.append(keys.text());
            } else if (node instanceof Image image) {
                out.append(image.alt());
            }
        });
        return out.toString();
    }

    /**
     * The words a block holds, without markup, a line per paragraph or code line: what a backend shows when
     * it could not render the block, so that no text is lost.
     */
    public static String plainText(Block block) {
        StringBuilder out = new StringBuilder();
        descendants(List.of(block)).forEach(node -> {
            if (node instanceof Text text) {
                out.append(text.literal());
            } else if (node instanceof Code code) {
                out.append(code.literal());
            } else if (node instanceof CodeBlock code) {
                out.append(code.code()).append('\n');
            } else if (node instanceof Diagram diagram) {
                out.append(diagram.source()).append('\n');
            } else if (node instanceof MathBlock math) {
                out.append(math.tex()).append('\n');
            } else if (node instanceof LineBreak) {
                out.append('\n');
            } else if (node instanceof Block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        });
        return out.toString().strip();
    }

    private static List<Node> concat(List<? extends Node> first, List<? extends Node> second) {
        List<Node> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static final BlockVisitor<List<? extends Node>> BLOCK_CHILDREN = new BlockVisitor<>() {
        @Override public List<? extends Node> visit(Heading heading) { return heading.content(); }
        @Override public List<? extends Node> visit(Paragraph paragraph) { return paragraph.content(); }
        @Override public List<? extends Node> visit(BulletList list) { return list.items(); }
        @Override public List<? extends Node> visit(OrderedList list) { return list.items(); }
        @Override public List<? extends Node> visit(BlockQuote quote) { return quote.children(); }
        @Override public List<? extends Node> visit(CodeBlock code) { return List.of(); }
        @Override public List<? extends Node> visit(Diagram diagram) { return List.of(); }
        @Override public List<? extends Node> visit(Table table) { return concat(table.header(), table.body()); }
        @Override public List<? extends Node> visit(ThematicBreak thematicBreak) { return List.of(); }
        @Override public List<? extends Node> visit(Admonition admonition) { return admonition.children(); }
        @Override public List<? extends Node> visit(HtmlContainer container) { return container.children(); }
        @Override public List<? extends Node> visit(HtmlInlineContainer container) { return container.content(); }
        @Override public List<? extends Node> visit(TabGroup tabs) { return tabs.tabs(); }
        @Override public List<? extends Node> visit(HtmlBlock html) { return List.of(); }
        @Override public List<? extends Node> visit(DefinitionList list) { return list.items(); }
        @Override public List<? extends Node> visit(MathBlock math) { return List.of(); }
        @Override public List<? extends Node> visit(ApiReference reference) { return List.of(reference.placeholder()); }
    };

    private static final InlineVisitor<List<? extends Node>> INLINE_CHILDREN = new InlineVisitor<>() {
        @Override public List<? extends Node> visit(Text text) { return List.of(); }
        @Override public List<? extends Node> visit(Emphasis emphasis) { return emphasis.content(); }
        @Override public List<? extends Node> visit(Strong strong) { return strong.content(); }
        @Override public List<? extends Node> visit(Mark mark) { return mark.content(); }
        @Override public List<? extends Node> visit(Insert insert) { return insert.content(); }
        @Override public List<? extends Node> visit(Strikethrough strikethrough) { return strikethrough.content(); }
        @Override public List<? extends Node> visit(Superscript superscript) { return superscript.content(); }
        @Override public List<? extends Node> visit(Subscript subscript) { return subscript.content(); }
        @Override public List<? extends Node> visit(Keys keys) { return List.of(); }
        @Override public List<? extends Node> visit(Code code) { return List.of(); }
        @Override public List<? extends Node> visit(Link link) { return link.content(); }
        @Override public List<? extends Node> visit(Image image) { return List.of(); }
        @Override public List<? extends Node> visit(Icon icon) { return List.of(); }
        @Override public List<? extends Node> visit(Emoji emoji) { return List.of(); }
        @Override public List<? extends Node> visit(FootnoteReference reference) { return List.of(); }
        @Override public List<? extends Node> visit(Abbreviation abbreviation) { return List.of(); }
        @Override public List<? extends Node> visit(LineBreak lineBreak) { return List.of(); }
        @Override public List<? extends Node> visit(RawInline html) { return List.of(); }
        @Override public List<? extends Node> visit(MathInline math) { return List.of(); }
        @Override public List<? extends Node> visit(Critic critic) { return concat(critic.content(), critic.replacement()); }
    };
}
