package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.CodeBlock;
import dev.folio.model.doc.DefinitionItem;
import dev.folio.model.doc.Diagram;
import dev.folio.model.doc.Document;
import dev.folio.model.doc.FootnoteDefinition;
import dev.folio.model.doc.FootnoteReference;
import dev.folio.model.doc.Heading;
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
import dev.folio.model.doc.Traversal;
import dev.folio.render.kit.BlockMarkup;
import dev.folio.render.kit.CodeAnnotations;
import dev.folio.render.kit.Escaping;
import dev.folio.render.kit.MarkupWriter;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a page's document as the HTML MkDocs Material produces for it (see html-structures.md):
 * one block element per line, Material's class names, attributes in alphabetical order, all text
 * escaped and raw HTML kept verbatim. Blocks and the footnote list are written here, inline content
 * by {@link InlineWriter}. One instance writes one page; it is not thread-safe.
 */
final class ContentWriter extends BlockMarkup<InlineWriter> {
    private final Map<Heading, String> primaryIds;
    private final TocSettings toc;
    private final FootnoteSettings footnotes;
    private final HighlightSettings highlight;
    private final CodeAnnotations annotations;
    /**
     * The page's annotated blocks and their lists; the lists a code block's marker used, shown in print only. Markers
     * in text ({@code { .annotate }}) are left to folio.js, as to Material's script: a tooltip holds blocks, which
     * HTML does not allow inside a paragraph.
     */
    private Map<Block, OrderedList> annotationLists = Map.of();
    private final Set<OrderedList> usedAnnotationLists = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The code blocks written so far: a block's number in its line ids and anchors. */
    private int codeBlocks;
    private final List<Diagnostic> diagnostics;
    private final RawHtmlBalance rawHtml;
    private final MarkupOptions markup;
    private Map<Integer, Integer> referencesPerFootnote = Map.of();
    private int tabGroups;

    /**
     * @param primaryIds for a translation, the primary language's id of each heading (see {@link Anchors}),
     *                   written as an extra anchor inside the heading
     */
    ContentWriter(LinkResolver links, IconLibrary icons, EmojiImages emoji, MarkupOptions markup,
            Map<Heading, String> primaryIds,
            TocSettings toc, FootnoteSettings footnotes, HighlightSettings highlight, CodeAnnotations annotations,
            List<Diagnostic> diagnostics) {
        this(new MarkupWriter(MarkupWriter.Syntax.HTML), new RawHtmlBalance(diagnostics, markup.strip()), links, icons, emoji, markup, primaryIds,
                toc, footnotes, highlight, annotations, diagnostics);
    }

    private ContentWriter(MarkupWriter out, RawHtmlBalance rawHtml, LinkResolver links, IconLibrary icons,
            EmojiImages emoji, MarkupOptions markup, Map<Heading, String> primaryIds, TocSettings toc, FootnoteSettings footnotes, HighlightSettings highlight,
            CodeAnnotations annotations, List<Diagnostic> diagnostics) {
        super(out, new InlineWriter(out, links, icons, emoji, markup, diagnostics, rawHtml, highlight, footnotes));
        this.rawHtml = rawHtml;
        this.markup = markup;
        this.primaryIds = primaryIds;
        this.toc = toc;
        this.footnotes = footnotes;
        this.highlight = highlight;
        this.annotations = annotations;
        this.diagnostics = diagnostics;
    }

    /** The article's HTML: an {@code <h1>} with {@code insertedTitle} when given, the blocks, the footnotes. */
    String write(Document document, Optional<String> insertedTitle) {
        referencesPerFootnote = countReferences(document);
        annotationLists = annotations.lists(document);
        insertedTitle.ifPresent(title -> out.element("h1", "", title).newline());
        blocks(document.blocks());
        footnotes(document.footnotes());
        return out.finish();
    }

    // ---- blocks ----

    @Override
    protected int enterScope() {
        return rawHtml.enter();
    }

    @Override
    protected void leaveScope(int scope) {
        rawHtml.leave(out, scope);
    }

    /** One block that cannot be written is shown as its text, and the rest of the page is written. */
    @Override
    protected void unrendered(Block block, Throwable failure) {
        diagnostics.add(Diagnostic.error("render-failed", "this block could not be written as HTML ("
                + failure.getClass().getSimpleName() + "); its text is shown plain", block.position()));
        out.start("pre").attr("class", "folio-unrendered").element("code", "", Traversal.plainText(block)).end().newline();
    }

    @Override
    protected void lineEnd() {
        out.newline();
    }

    @Override
    protected MarkupWriter open(String tag, Attributes own, Map<String, String> generated) {
        return out.start(tag, own, generated);
    }

    @Override
    protected void beforeHeadingText(Heading heading) {
        String primaryId = primaryIds.get(heading);
        if (primaryId != null) {
            out.start("span").attr("class", "folio-anchor").attr("id", primaryId).end();
        }
        if (!toc.anchorlinkClass().isEmpty() && !heading.id().isEmpty()) {
            // toc's anchorlink: the heading's text links to the heading, <a class="toclink" href="#id">
            out.start("a", Attributes.EMPTY, sorted("class", toc.anchorlinkClass(), "href", "#" + heading.id()));
        }
    }

    @Override
    protected void afterHeadingText(Heading heading) {
        if (!toc.anchorlinkClass().isEmpty() && !heading.id().isEmpty()) {
            out.end();
        }
        if (toc.permalink().isPresent() && !heading.id().isEmpty()) {
            // Python-Markdown's toc permalink: <a class="headerlink" href="#id" title="Permanent link">&para;</a>
            out.start("a", Attributes.EMPTY, sorted("class", toc.permalinkClass(), "href", "#" + heading.id(),
                    "title", toc.permalinkTitle())).raw(toc.permalink().get()).end();
        }
    }

    @Override
    protected Map<String, String> alignment(Table.Alignment alignment) {
        return alignment == Table.Alignment.NONE ? Map.of()
                : Map.of("style", "text-align: " + alignment.name().toLowerCase(java.util.Locale.ROOT) + ";");
    }

    /** A tight definition that is one paragraph is written inline, as Python-Markdown's def_list does. */
    @Override
    protected void definition(DefinitionItem item, List<Block> definition) {
        if (!item.loose() && definition.size() == 1 && definition.get(0) instanceof Paragraph only
                && only.attributes().isEmpty()) {
            inlines.write(only.content());
        } else {
            out.newline();
            blocks(definition);
        }
    }

    @Override
    public Void visit(BulletList list) {
        listBlock("ul", list.items(), list.attributes(), Map.of(), list.isTaskList());
        return null;
    }

    @Override
    public Void visit(OrderedList list) {
        Map<String, String> start = list.start() == 1 ? Map.of() : Map.of("start", String.valueOf(list.start()));
        // A list whose items became annotations is shown in print only, as Material shows it.
        Attributes attributes = usedAnnotationLists.contains(list) ? list.attributes().withClass("md-annotation-list")
                : list.attributes();
        listBlock("ol", list.items(), attributes, start, list.isTaskList());
        return null;
    }

    private void listBlock(String tag, List<ListItem> items, Attributes attributes,
            Map<String, String> generated, boolean taskList) {
        Map<String, String> all = new TreeMap<>(generated);
        if (taskList) {
            all.put("class", "task-list");
        }
        out.start(tag, attributes, all).newline();
        for (ListItem item : items) {
            listItem(item);
        }
        out.end().newline();
    }

    private void listItem(ListItem item) {
        boolean task = item.task() != ListItem.Task.NONE;
        out.start("li", item.attributes(), task ? Map.of("class", "task-list-item") : Map.of());
        if (task) {
            markup.tasks().checkbox(out, item.task());
        }
        listItemContent(item, !item.loose(), task);
        out.end().newline();
    }

    /**
     * Annotation {@code number} of a code block's list as Material's script builds it, the list item's content in the
     * tooltip: {@code <aside class="md-annotation">} with the tooltip ({@code id} from the block's prefix) and the
     * numbered index linking to it; {@code null} when the list has no such item, and the marker stays text.
     */
    private @Nullable String annotation(OrderedList list, int number, String prefix) {
        if (number < 1 || number > list.items().size()) {
            return null;
        }
        usedAnnotationLists.add(list);
        String id = prefix + "_annotation_" + number;
        out.raw(""); // closes a start tag left open, so that its '>' is not taken into the annotation
        MarkupWriter.Mark mark = out.mark();
        out.raw("<aside class=\"md-annotation\" tabindex=\"0\"><div class=\"md-tooltip\" id=\"").raw(id)
                .raw("\" role=\"tooltip\"><div class=\"md-tooltip__inner md-typeset\">");
        ListItem item = list.items().get(number - 1);
        listItemContent(item, !item.loose(), false);
        out.raw("</div></div><a class=\"md-annotation__index\" href=\"#").raw(id).raw("\" tabindex=\"-1\">")
                .raw("<span data-md-annotation-id=\"").raw(number).raw("\"></span></a></aside>");
        String html = out.since(mark.length()).toString();
        out.reset(mark);
        return html;
    }

    private void listItemContent(ListItem item, boolean tight, boolean task) {
        if (tight) {
            int outerScope = rawHtml.enter();
            boolean first = true;
            for (Block child : item.children()) {
                if (child instanceof Paragraph paragraph && paragraph.attributes().isEmpty()) {
                    if (!first) {
                        out.newline();
                    }
                    inlines.write(paragraph.content());
                } else {
                    if (!first || !task) {
                        out.newline();
                    }
                    child.accept(this);
                }
                first = false;
            }
            rawHtml.leave(out, outerScope);
        } else {
            out.newline();
            blocks(item.children());
        }
    }

    @Override
    public Void visit(CodeBlock code) {
        int number = codeBlocks++;
        OrderedList list = annotationLists.get(code);
        CodeBlockHtml.write(out, code, highlight, number, list == null ? null
                : new CodeBlockHtml.Annotations(annotations, n -> annotation(list, n, "__code_" + number)));
        return null;
    }

    @Override
    public Void visit(Diagram diagram) {
        out.start("pre", diagram.attributes(), Map.of("class", diagram.kind()))
                .element("code", "", diagram.source()).end().newline();
        return null;
    }

    @Override
    public Void visit(Admonition admonition) {
        List<Inline> title = admonition.title();
        if (admonition.isCollapsible()) {
            Map<String, String> generated = new TreeMap<>();
            if (!admonition.type().isEmpty()) {
                generated.put("class", admonition.type());
            }
            if (admonition.collapse() == Admonition.Collapse.OPEN) {
                generated.put("open", "open");
            }
            out.start("details", admonition.attributes(), generated).newline();
            if (!title.isEmpty()) {
                out.start("summary");
                inlines.write(title);
                out.end().newline();
            }
            blocks(admonition.children());
            out.end().newline();
        } else {
            out.start("div", admonition.attributes(), Map.of("class",
                    admonition.type().isEmpty() ? "admonition" : "admonition " + admonition.type())).newline();
            if (!title.isEmpty()) {
                out.start("p").attr("class", "admonition-title");
                inlines.write(title);
                out.end().newline();
            }
            blocks(admonition.children());
            out.end().newline();
        }
        return null;
    }

    @Override
    public Void visit(HtmlContainer container) {
        String tag = safeTag(container.tag(), "div");
        out.start(tag, container.attributes(), Map.of()).newline();
        blocks(container.children());
        out.end().newline();
        return null;
    }

    @Override
    public Void visit(HtmlInlineContainer container) {
        String tag = safeTag(container.tag(), "span");
        out.start(tag, container.attributes(), Map.of());
        inlines.write(container.content());
        out.end().newline();
        return null;
    }

    @Override
    public Void visit(TabGroup tabs) {
        int set = ++tabGroups;
        List<Tab> all = tabs.tabs();
        int selected = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).selected()) {
                selected = i;
            }
        }
        if (!markup.alternateTabs()) {
            legacyTabs(tabs, set, selected);
            return null;
        }
        out.start("div", tabs.attributes(), Map.of("class", "tabbed-set tabbed-alternate",
                "data-tabs", set + ":" + all.size()));
        for (int i = 0; i < all.size(); i++) {
            out.start("input").attr("checked", i == selected ? "checked" : "").attr("id", tabId(all.get(i), set, i))
                    .attr("name", "__tabbed_" + set).attr("type", "radio").endVoid();
        }
        out.start("div").attr("class", "tabbed-labels");
        for (int i = 0; i < all.size(); i++) {
            Tab tab = all.get(i);
            Map<String, String> label = new TreeMap<>();
            label.put("for", tabId(tab, set, i));
            // A tab's own id (a slug the site's slugify made) is its radio button's; the label points at it.
            out.start("label", tab.attributes().withId(""), label);
            inlines.write(tab.label());
            out.end();
        }
        out.end().newline().start("div").attr("class", "tabbed-content").newline();
        for (Tab tab : all) {
            out.start("div").attr("class", "tabbed-block").newline();
            blocks(tab.children());
            out.end().newline();
        }
        out.end().newline().end().newline();
        return null;
    }

    /** Tabs without {@code alternate_style}: each tab's radio button, label and content in turn. */
    private void legacyTabs(TabGroup tabs, int set, int selected) {
        List<Tab> all = tabs.tabs();
        out.start("div", tabs.attributes(), Map.of("class", "tabbed-set", "data-tabs", set + ":" + all.size()));
        for (int i = 0; i < all.size(); i++) {
            Tab tab = all.get(i);
            out.start("input").attr("checked", i == selected ? "checked" : "").attr("id", tabId(tab, set, i))
                    .attr("name", "__tabbed_" + set).attr("type", "radio").endVoid();
            out.start("label", tab.attributes().withId(""), Map.of("for", tabId(tab, set, i)));
            inlines.write(tab.label());
            out.end();
            out.start("div").attr("class", "tabbed-content").newline();
            blocks(tab.children());
            out.end().newline();
        }
        out.end().newline();
    }

    private static String tabId(Tab tab, int set, int index) {
        return tab.attributes().id().isEmpty() ? "__tabbed_" + set + "_" + (index + 1) : tab.attributes().id();
    }

    @Override
    public Void visit(HtmlBlock html) {
        rawHtml.append(out, html.html(), html.position());
        if (!html.html().endsWith("\n")) {
            out.newline();
        }
        return null;
    }

    @Override
    public Void visit(MathBlock math) {
        markup.math().block(out, math);
        return null;
    }

    // ---- footnotes ----

    private static Map<Integer, Integer> countReferences(Document document) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Traversal.nodes(document).forEach(node -> {
            if (node instanceof FootnoteReference reference && reference.isDefined()) {
                counts.merge(reference.number(), reference.occurrence(), Math::max);
            }
        });
        return counts;
    }

    private void footnotes(List<FootnoteDefinition> notes) {
        if (notes.isEmpty()) {
            return;
        }
        out.start("div").attr("class", "footnote").newline().start("hr").endVoid().newline().start("ol").newline();
        for (FootnoteDefinition note : notes) {
            out.start("li", note.attributes(), Map.of("id", footnotes.noteId(note.number()))).newline();
            List<Block> children = note.children();
            boolean endsWithParagraph = !children.isEmpty() && children.get(children.size() - 1) instanceof Paragraph;
            blocks(endsWithParagraph ? children.subList(0, children.size() - 1) : children);
            if (endsWithParagraph) {
                Paragraph last = (Paragraph) children.get(children.size() - 1);
                out.start("p", last.attributes(), Map.of());
                inlines.write(last.content());
            } else {
                out.start("p");
            }
            backReferences(note.number());
            out.end().newline().end().newline();
        }
        out.end().newline().end().newline();
    }

    private void backReferences(int number) {
        int count = referencesPerFootnote.getOrDefault(number, 0);
        if (count == 0) {
            return;
        }
        out.raw("&#160;");
        for (int occurrence = 1; occurrence <= count; occurrence++) {
            out.start("a", Attributes.EMPTY, sorted("class", "footnote-backref",
                    "href", "#" + footnotes.referenceId(number, occurrence),
                    "title", footnotes.title(number))).raw(footnotes.backlinkText()).end();
        }
    }

    // ---- helpers ----

    /** Generated attributes, written sorted by name as Python-Markdown writes them. */
    private static Map<String, String> sorted(String... namesAndValues) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static String safeTag(String tag, String fallback) {
        return Escaping.isSafeName(tag) && Character.isLetter(tag.charAt(0)) ? tag : fallback;
    }
}
