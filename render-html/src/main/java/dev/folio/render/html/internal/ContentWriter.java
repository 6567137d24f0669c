package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BlockQuote;
import dev.folio.model.doc.BlockVisitor;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.CodeBlock;
import dev.folio.model.doc.DefinitionItem;
import dev.folio.model.doc.DefinitionList;
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
import dev.folio.model.doc.TableCell;
import dev.folio.model.doc.TableRow;
import dev.folio.model.doc.ThematicBreak;
import dev.folio.model.doc.Traversal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes a page's document as the HTML MkDocs Material produces for it (see html-structures.md):
 * one block element per line, Material's class names, attributes in alphabetical order, all text
 * escaped and raw HTML kept verbatim. Blocks and the footnote list are written here, inline content
 * by {@link InlineWriter}. One instance writes one page; it is not thread-safe.
 */
final class ContentWriter implements BlockVisitor<Void> {
    private final StringBuilder out = new StringBuilder(8192);
    private final InlineWriter inlines;
    private final Map<Heading, String> primaryIds;
    private final TocSettings toc;
    private final List<Diagnostic> diagnostics;
    private final RawHtmlBalance rawHtml;
    private Map<Integer, Integer> referencesPerFootnote = Map.of();
    private int tabGroups;

    /**
     * @param primaryIds for a translation, the primary language's id of each heading (see {@link Anchors}),
     *                   written as an extra anchor inside the heading
     */
    ContentWriter(LinkResolver links, IconLibrary icons, Map<Heading, String> primaryIds,
            TocSettings toc, List<Diagnostic> diagnostics) {
        this.rawHtml = new RawHtmlBalance(diagnostics);
        this.inlines = new InlineWriter(out, links, icons, diagnostics, rawHtml);
        this.primaryIds = primaryIds;
        this.toc = toc;
        this.diagnostics = diagnostics;
    }

    /** The article's HTML: an {@code <h1>} with {@code insertedTitle} when given, the blocks, the footnotes. */
    String write(Document document, Optional<String> insertedTitle) {
        referencesPerFootnote = countReferences(document);
        insertedTitle.ifPresent(title -> out.append("<h1>").append(Html.text(title)).append("</h1>\n"));
        blocks(document.blocks());
        footnotes(document.footnotes());
        return out.toString();
    }

    // ---- blocks ----

    private void blocks(List<Block> blocks) {
        int outerScope = rawHtml.enter();
        for (Block block : blocks) {
            int start = out.length();
            try {
                block.accept(this);
            } catch (RuntimeException | StackOverflowError e) {
                // One block that cannot be written is shown as its text, and the rest of the page is written.
                out.setLength(start);
                diagnostics.add(Diagnostic.error("render-failed", "this block could not be written as HTML ("
                        + e.getClass().getSimpleName() + "); its text is shown plain", block.position()));
                out.append("<pre class=\"folio-unrendered\"><code>")
                        .append(Html.text(Traversal.plainText(block))).append("</code></pre>\n");
            }
        }
        rawHtml.leave(out, outerScope);
    }

    @Override
    public Void visit(Heading heading) {
        String tag = "h" + heading.level();
        open(tag, heading.attributes(), Map.of());
        String primaryId = primaryIds.get(heading);
        if (primaryId != null) {
            out.append("<span class=\"folio-anchor\" id=\"");
            Html.appendAttributeValue(out, primaryId);
            out.append("\"></span>");
        }
        inlines.write(heading.content());
        if (toc.permalink().isPresent() && !heading.id().isEmpty()) {
            // Python-Markdown's toc permalink: <a class="headerlink" href="#id" title="Permanent link">&para;</a>
            out.append("<a class=\"");
            Html.appendAttributeValue(out, toc.permalinkClass());
            out.append("\" href=\"#");
            Html.appendAttributeValue(out, heading.id());
            out.append("\" title=\"");
            Html.appendAttributeValue(out, toc.permalinkTitle());
            out.append("\">").append(toc.permalink().get()).append("</a>");
        }
        out.append("</").append(tag).append(">\n");
        return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
        open("p", paragraph.attributes(), Map.of());
        inlines.write(paragraph.content());
        out.append("</p>\n");
        return null;
    }

    @Override
    public Void visit(BulletList list) {
        listBlock("ul", list.tight(), list.items(), list.attributes(), Map.of(), list.isTaskList());
        return null;
    }

    @Override
    public Void visit(OrderedList list) {
        Map<String, String> start = list.start() == 1 ? Map.of() : Map.of("start", String.valueOf(list.start()));
        listBlock("ol", list.tight(), list.items(), list.attributes(), start, list.isTaskList());
        return null;
    }

    private void listBlock(String tag, boolean tight, List<ListItem> items, Attributes attributes,
            Map<String, String> generated, boolean taskList) {
        Map<String, String> all = new TreeMap<>(generated);
        if (taskList) {
            all.put("class", "task-list");
        }
        open(tag, attributes, all);
        out.append('\n');
        for (ListItem item : items) {
            listItem(item, tight);
        }
        out.append("</").append(tag).append(">\n");
    }

    private void listItem(ListItem item, boolean tight) {
        boolean task = item.task() != ListItem.Task.NONE;
        open("li", item.attributes(), task ? Map.of("class", "task-list-item") : Map.of());
        if (task) {
            out.append("<label class=\"task-list-control\"><input type=\"checkbox\" disabled")
                    .append(item.task() == ListItem.Task.DONE ? " checked" : "")
                    .append("/><span class=\"task-list-indicator\"></span></label> ");
        }
        if (tight) {
            int outerScope = rawHtml.enter();
            boolean first = true;
            for (Block child : item.children()) {
                if (child instanceof Paragraph paragraph && paragraph.attributes().isEmpty()) {
                    if (!first) {
                        out.append('\n');
                    }
                    inlines.write(paragraph.content());
                } else {
                    if (!first || !task) {
                        out.append('\n');
                    }
                    child.accept(this);
                }
                first = false;
            }
            rawHtml.leave(out, outerScope);
        } else {
            out.append('\n');
            blocks(item.children());
        }
        out.append("</li>\n");
    }

    @Override
    public Void visit(BlockQuote quote) {
        open("blockquote", quote.attributes(), Map.of());
        out.append('\n');
        blocks(quote.children());
        out.append("</blockquote>\n");
        return null;
    }

    @Override
    public Void visit(CodeBlock code) {
        CodeBlockHtml.write(out, code);
        return null;
    }

    @Override
    public Void visit(Diagram diagram) {
        open("pre", diagram.attributes(), Map.of("class", diagram.kind()));
        out.append("<code>").append(Html.text(diagram.source())).append("</code></pre>\n");
        return null;
    }

    @Override
    public Void visit(Table table) {
        open("table", table.attributes(), Map.of());
        out.append("\n<thead>\n");
        table.header().forEach(this::tableRow);
        out.append("</thead>\n<tbody>\n");
        table.body().forEach(this::tableRow);
        out.append("</tbody>\n</table>\n");
        return null;
    }

    private void tableRow(TableRow row) {
        open("tr", row.attributes(), Map.of());
        out.append('\n');
        for (TableCell cell : row.cells()) {
            String tag = cell.header() ? "th" : "td";
            Map<String, String> align = cell.alignment() == Table.Alignment.NONE ? Map.of()
                    : Map.of("style", "text-align: " + cell.alignment().name().toLowerCase(java.util.Locale.ROOT) + ";");
            open(tag, cell.attributes(), align);
            inlines.write(cell.content());
            out.append("</").append(tag).append(">\n");
        }
        out.append("</tr>\n");
    }

    @Override
    public Void visit(ThematicBreak thematicBreak) {
        open("hr", thematicBreak.attributes(), Map.of());
        out.setLength(out.length() - 1);
        out.append(" />\n");
        return null;
    }

    @Override
    public Void visit(Admonition admonition) {
        Optional<String> title = admonition.title().filter(t -> !t.isEmpty());
        if (admonition.isCollapsible()) {
            Map<String, String> generated = new TreeMap<>();
            generated.put("class", admonition.type());
            if (admonition.collapse() == Admonition.Collapse.OPEN) {
                generated.put("open", "open");
            }
            open("details", admonition.attributes(), generated);
            out.append('\n');
            title.ifPresent(t -> out.append("<summary>").append(Html.text(t)).append("</summary>\n"));
            blocks(admonition.children());
            out.append("</details>\n");
        } else {
            open("div", admonition.attributes(), Map.of("class", "admonition " + admonition.type()));
            out.append('\n');
            title.ifPresent(t -> out.append("<p class=\"admonition-title\">").append(Html.text(t)).append("</p>\n"));
            blocks(admonition.children());
            out.append("</div>\n");
        }
        return null;
    }

    @Override
    public Void visit(HtmlContainer container) {
        String tag = safeTag(container.tag(), "div");
        open(tag, container.attributes(), Map.of());
        out.append('\n');
        blocks(container.children());
        out.append("</").append(tag).append(">\n");
        return null;
    }

    @Override
    public Void visit(HtmlInlineContainer container) {
        String tag = safeTag(container.tag(), "span");
        open(tag, container.attributes(), Map.of());
        inlines.write(container.content());
        out.append("</").append(tag).append(">\n");
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
        open("div", tabs.attributes(), Map.of("class", "tabbed-set tabbed-alternate",
                "data-tabs", set + ":" + all.size()));
        for (int i = 0; i < all.size(); i++) {
            out.append("<input").append(i == selected ? " checked=\"checked\"" : "")
                    .append(" id=\"__tabbed_").append(set).append('_').append(i + 1)
                    .append("\" name=\"__tabbed_").append(set).append("\" type=\"radio\" />");
        }
        out.append("<div class=\"tabbed-labels\">");
        for (int i = 0; i < all.size(); i++) {
            Tab tab = all.get(i);
            Map<String, String> label = new TreeMap<>();
            label.put("for", "__tabbed_" + set + "_" + (i + 1));
            open("label", tab.attributes(), label);
            inlines.write(tab.label());
            out.append("</label>");
        }
        out.append("</div>\n<div class=\"tabbed-content\">\n");
        for (Tab tab : all) {
            out.append("<div class=\"tabbed-block\">\n");
            blocks(tab.children());
            out.append("</div>\n");
        }
        out.append("</div>\n</div>\n");
        return null;
    }

    @Override
    public Void visit(HtmlBlock html) {
        rawHtml.append(out, html.html(), html.position());
        if (!html.html().endsWith("\n")) {
            out.append('\n');
        }
        return null;
    }

    @Override
    public Void visit(DefinitionList list) {
        open("dl", list.attributes(), Map.of());
        out.append('\n');
        for (DefinitionItem item : list.items()) {
            for (List<Inline> term : item.terms()) {
                out.append("<dt>");
                inlines.write(term);
                out.append("</dt>\n");
            }
            for (List<Block> definition : item.definitions()) {
                out.append("<dd>");
                if (!item.loose() && definition.size() == 1 && definition.get(0) instanceof Paragraph only
                        && only.attributes().isEmpty()) {
                    inlines.write(only.content());
                } else {
                    out.append('\n');
                    blocks(definition);
                }
                out.append("</dd>\n");
            }
        }
        out.append("</dl>\n");
        return null;
    }

    @Override
    public Void visit(MathBlock math) {
        open("div", math.attributes(), Map.of("class", "arithmatex"));
        out.append("\\[").append(Html.text(math.tex())).append("\\]</div>\n");
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
        out.append("<div class=\"footnote\">\n<hr />\n<ol>\n");
        for (FootnoteDefinition note : notes) {
            open("li", note.attributes(), Map.of("id", "fn:" + note.number()));
            out.append('\n');
            List<Block> children = note.children();
            boolean endsWithParagraph = !children.isEmpty() && children.get(children.size() - 1) instanceof Paragraph;
            blocks(endsWithParagraph ? children.subList(0, children.size() - 1) : children);
            if (endsWithParagraph) {
                Paragraph last = (Paragraph) children.get(children.size() - 1);
                open("p", last.attributes(), Map.of());
                inlines.write(last.content());
            } else {
                out.append("<p>");
            }
            backReferences(note.number());
            out.append("</p>\n</li>\n");
        }
        out.append("</ol>\n</div>\n");
    }

    private void backReferences(int number) {
        int count = referencesPerFootnote.getOrDefault(number, 0);
        if (count == 0) {
            return;
        }
        out.append("&#160;");
        for (int occurrence = 1; occurrence <= count; occurrence++) {
            out.append("<a class=\"footnote-backref\" href=\"#").append(InlineWriter.referenceId(number, occurrence))
                    .append("\" title=\"Jump back to footnote ").append(number)
                    .append(" in the text\">&#8617;</a>");
        }
    }

    // ---- helpers ----

    private void open(String tag, Attributes own, Map<String, String> generated) {
        Html.openTag(out, tag, own, generated);
    }

    private static String safeTag(String tag, String fallback) {
        return Html.isSafeName(tag) && Character.isLetter(tag.charAt(0)) ? tag : fallback;
    }
}
