package dev.folio.render.pdf.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.CodeBlock;
import dev.folio.model.doc.Diagram;
import dev.folio.model.doc.HtmlBlock;
import dev.folio.model.doc.HtmlContainer;
import dev.folio.model.doc.HtmlInlineContainer;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.ListItem;
import dev.folio.model.doc.MathBlock;
import dev.folio.model.doc.OrderedList;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Tab;
import dev.folio.model.doc.TabGroup;
import dev.folio.model.doc.Table;
import dev.folio.model.doc.Text;
import dev.folio.model.doc.Traversal;
import dev.folio.render.kit.AdmonitionStyle;
import dev.folio.render.kit.BlockMarkup;
import dev.folio.render.kit.CodeAnnotations;
import dev.folio.render.kit.MarkupWriter;
import dev.folio.render.kit.highlight.Highlighter;
import dev.folio.render.kit.highlight.Token;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes block nodes as XHTML for print: interactive constructs become their printed form
 * (collapsible blocks open, tabs one after another under their labels, grid cards a list).
 */
final class BlockWriter extends BlockMarkup<InlineWriter> {
    private final Chapter chapter;
    /** The title-bar tint of the admonition being written, for a title that comes as a child. */
    private String titleTint = "";
    private final CodeAnnotations annotations;
    /** The chapter's blocks with annotations and their lists; the lists a marker used print as numbered notes. */
    private final Map<Block, OrderedList> annotationLists;
    private final Set<OrderedList> usedAnnotationLists = Collections.newSetFromMap(new IdentityHashMap<>());

    BlockWriter(Chapter chapter, CodeAnnotations annotations) {
        super(chapter.out(), new InlineWriter(chapter));
        this.chapter = chapter;
        this.annotations = annotations;
        this.annotationLists = annotations.lists(chapter.page().document());
        Map<Text, OrderedList> texts = new IdentityHashMap<>();
        annotationLists.forEach((block, list) -> {
            if (!(block instanceof CodeBlock)) {
                Traversal.descendants(List.of(block)).forEach(node -> {
                    if (node instanceof Text text) {
                        texts.put(text, list);
                        markUsed(text.literal(), list);
                    }
                });
            }
        });
        inlines.annotate(texts);
    }

    /** Notes the list as printed notes once a marker of a text or comment names one of its items. */
    private void markUsed(String text, OrderedList list) {
        for (CodeAnnotations.Piece piece : CodeAnnotations.split(text)) {
            if (piece instanceof CodeAnnotations.Marker marker && marker.number() >= 1
                    && marker.number() <= list.items().size()) {
                usedAnnotationLists.add(list);
            }
        }
    }

    /** A block that cannot be written is printed as its text, and the rest of the chapter is written. */
    @Override
    protected void unrendered(Block block, Throwable failure) {
        chapter.diagnostics().report(Diagnostic.error("render-failed", "this block could not be printed ("
                + failure.getClass().getSimpleName() + "); its text is printed plain", block.position()));
        out.start("pre").attr("class", "unrendered").text(Traversal.plainText(block)).end();
    }

    /** Blocks close whatever raw HTML among them left open. */
    @Override
    protected int enterScope() {
        return out.depth();
    }

    @Override
    protected void leaveScope(int depth) {
        out.closeTo(depth);
    }

    @Override
    protected MarkupWriter open(String tag, Attributes own, Map<String, String> generated) {
        return open(tag, own, generated.getOrDefault("class", ""));
    }

    @Override
    protected Map<String, String> alignment(Table.Alignment alignment) {
        return alignment == Table.Alignment.NONE ? Map.of()
                : Map.of("class", "align-" + alignment.name().toLowerCase(Locale.ROOT));
    }

    /** A table without header rows prints no empty head. */
    @Override
    protected boolean writesEmptyTableHead() {
        return false;
    }

    /** A list item's blocks; a tight list's paragraphs print without paragraph spacing. */
    private void writeItem(List<Block> blocks, boolean tight) {
        for (Block block : blocks) {
            if (tight && block instanceof Paragraph paragraph) {
                boolean rightToLeft = direction(out.start("div").attr("class", "tight"), paragraph.content());
                inlines.writeParagraph(paragraph.content(), rightToLeft);
                out.end();
            } else {
                block(block);
            }
        }
    }

    /** Sets a paragraph's direction; returns whether it runs right to left. */
    private boolean direction(MarkupWriter element, List<Inline> content) {
        MajorityDirection.Direction direction = MajorityDirection.of(content, chapter.rightToLeft());
        element.attr("dir", direction.dir()).attr("style", direction.style());
        return direction.dir().isEmpty() ? chapter.rightToLeft() : direction.dir().equals("rtl");
    }

    private MarkupWriter open(String element, Attributes attributes, String className) {
        String classes = (className + " " + String.join(" ", attributes.classes())).strip();
        return out.start(element).attr("id", chapter.id(attributes)).attr("class", classes);
    }

    /** A paragraph printed in its own direction, stretches against it isolated ({@link BidiRuns}). */
    @Override
    protected void paragraphText(Paragraph paragraph) {
        boolean rightToLeft = direction(out, paragraph.content());
        inlines.writeParagraph(paragraph.content(), rightToLeft);
    }

    @Override
    public Void visit(BulletList list) {
        open("ul", list.attributes(), list.isTaskList() ? "task-list" : "");
        items(list.items());
        out.end();
        return null;
    }

    private static final Map<String, String> LIST_STYLES = Map.of("1", "decimal", "a", "lower-alpha",
            "A", "upper-alpha", "i", "lower-roman", "I", "upper-roman");

    @Override
    public Void visit(OrderedList list) {
        String kind = usedAnnotationLists.contains(list) ? "annotation-list" : list.isTaskList() ? "task-list" : "";
        open("ol", list.attributes(), kind);
        if (list.start() != 1) {
            out.attr("start", Integer.toString(list.start()));
        }
        // pymdownx.fancylists' type: letters and roman numerals print as the site shows them.
        list.attributes().get("type").map(LIST_STYLES::get)
                .ifPresent(style -> out.attr("style", "list-style-type: " + style));
        items(list.items());
        out.end();
        return null;
    }

    private void items(List<ListItem> items) {
        for (ListItem item : items) {
            open("li", item.attributes(), item.task() == ListItem.Task.NONE ? "" : "task");
            List<Block> children = item.children();
            if (item.task() != ListItem.Task.NONE) {
                // The box sits on the line of the item's first paragraph, as a browser shows it.
                out.start("div").attr("class", "tight");
                out.start("span").attr("class", item.task() == ListItem.Task.DONE ? "checkbox done" : "checkbox")
                        .text("\u00A0").end();
                if (!children.isEmpty() && children.get(0) instanceof Paragraph first) {
                    inlines.write(first.content());
                    children = children.subList(1, children.size());
                }
                out.end();
            }
            writeItem(children, !item.loose());
            out.end();
        }
    }

    @Override
    public Void visit(CodeBlock code) {
        open("div", code.attributes(), "code-block");
        if (!code.title().isEmpty()) {
            out.element("div", "code-title", code.title());
        }
        out.start("pre").start("code");
        String text = code.code().endsWith("\n") ? code.code().substring(0, code.code().length() - 1) : code.code();
        OrderedList list = annotationLists.get(code);
        if (list == null) {
            out.text(text);
        } else {
            annotatedCode(text, code.language(), list);
        }
        out.end().end().end();
        return null;
    }

    /** Code whose comments' markers print as numbered badges, as Material prints them; the rest as it is. */
    private void annotatedCode(String text, String language, OrderedList list) {
        for (Token token : Highlighter.tokens(language, text)) {
            if (!annotations.holdsMarkers(token.cssClass(), language)) {
                out.text(text.substring(token.start(), token.end()));
                continue;
            }
            // Line by line, as a comment's text nodes are in Material's page.
            int from = token.start();
            while (from < token.end()) {
                int newline = text.indexOf('\n', from);
                int to = newline >= 0 && newline < token.end() ? newline + 1 : token.end();
                for (CodeAnnotations.Piece piece : CodeAnnotations.split(text.substring(from, to))) {
                    if (piece instanceof CodeAnnotations.Plain plain) {
                        out.text(plain.text());
                    } else if (piece instanceof CodeAnnotations.Marker marker) {
                        markUsed("(" + marker.number() + ")", list);
                        InlineWriter.annotationMarker(out, list, marker.number());
                    }
                }
                from = to;
            }
        }
    }

    @Override
    public Void visit(Diagram diagram) {
        open("div", diagram.attributes(), "code-block diagram");
        out.element("div", "code-title", diagram.kind());
        out.start("pre").start("code").text(diagram.source()).end().end().end();
        return null;
    }

    @Override
    public Void visit(Admonition admonition) {
        String saved = box(admonition.attributes(), admonition.type());
        if (!admonition.title().isEmpty()) {
            out.start("p").attr("class", "admonition-title").attr("style", "background-color:" + titleTint);
            inlines.write(admonition.title());
            out.end();
        }
        blocks(admonition.children());
        out.end();
        titleTint = saved;
        return null;
    }

    /** Opens an admonition box in its type's colour, on the side text starts from; returns the outer tint. */
    private String box(Attributes attributes, String type) {
        String colour = AdmonitionStyle.colour(type);
        String side = chapter.rightToLeft() ? "right" : "left";
        open("div", attributes.withClass("admonition"), "").attr("style", "border-" + side + "-color:" + colour);
        String saved = titleTint;
        titleTint = AdmonitionStyle.tint(colour);
        return saved;
    }

    @Override
    public Void visit(HtmlContainer container) {
        Attributes attributes = container.attributes();
        if (attributes.hasClass("admonition") || container.tag().equals("details")) {
            String type = attributes.classes().stream().filter(c -> !c.equals("admonition"))
                    .filter(AdmonitionStyle::isKnown).findFirst()
                    .orElse(attributes.classes().stream().filter(c -> !c.equals("admonition")).findFirst()
                            .orElse("note"));
            String saved = box(attributes, type);
            blocks(container.children());
            out.end();
            titleTint = saved;
        } else if (attributes.hasClass("grid")) {
            open("div", attributes, "grid-list");
            blocks(container.children());
            out.end();
        } else {
            open(container.tag().equals("blockquote") ? "blockquote" : "div", attributes, "");
            blocks(container.children());
            out.end();
        }
        return null;
    }

    @Override
    public Void visit(HtmlInlineContainer container) {
        String tag = container.tag();
        String className = tag.equals("summary") ? "admonition-title"
                : tag.matches("h[1-6]") ? "html-" + tag : tag.equals("p") ? "" : "html-" + tag;
        Attributes attributes = container.attributes();
        open(tag.matches("h[1-6]") ? tag : "p", attributes, className);
        if (!titleTint.isEmpty() && (tag.equals("summary") || attributes.hasClass("admonition-title"))) {
            out.attr("style", "background-color:" + titleTint);
        }
        inlines.write(container.content());
        out.end();
        return null;
    }

    @Override
    public Void visit(TabGroup tabs) {
        open("div", tabs.attributes(), "tabs");
        for (Tab tab : tabs.tabs()) {
            open("div", tab.attributes(), "tab");
            out.start("p").attr("class", "tab-label");
            inlines.write(tab.label());
            out.end();
            out.start("div").attr("class", "tab-content");
            blocks(tab.children());
            out.end().end();
        }
        out.end();
        return null;
    }

    @Override
    public Void visit(HtmlBlock html) {
        int depth = out.depth();
        open("div", html.attributes(), "raw-html");
        chapter.rawHtml().write(html.html(), out.depth());
        out.closeTo(depth);
        return null;
    }

    @Override
    public Void visit(MathBlock math) {
        open("div", math.attributes(), "math-block");
        out.start("pre").start("code").text(math.tex().strip()).end().end().end();
        return null;
    }
}
