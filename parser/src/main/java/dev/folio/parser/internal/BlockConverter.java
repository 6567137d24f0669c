package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.CodeBlock;
import dev.folio.model.doc.Diagram;
import dev.folio.model.doc.HtmlContainer;
import dev.folio.model.doc.HtmlInlineContainer;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.LineBreak;
import dev.folio.model.doc.Tab;
import dev.folio.model.doc.TabGroup;
import dev.folio.model.doc.Table;
import dev.folio.model.doc.Text;
import dev.folio.model.doc.Traversal;

/** Converts commonmark blocks into model blocks, in document order. One per page. */
final class BlockConverter {
    private final PageContext page;
    private final InlineConverter inlines;
    private final FencedBlocks fenced;
    private final CaptionBlocks captions;
    /** The custom fences whose Python function was already named in a warning on this page. */
    private final java.util.Set<String> reportedFences = new java.util.HashSet<>();
    /** Whether the page's first API reference placeholder was reported: one warning per page. */
    private boolean apiReferenceReported;
    /** The id of the last heading in each open level of {@link #children}, inherited by the levels inside it. */
    private final java.util.ArrayDeque<String> headers = new java.util.ArrayDeque<>(List.of(""));

    BlockConverter(PageContext page, InlineConverter inlines) {
        this.page = page;
        this.inlines = inlines;
        this.fenced = new FencedBlocks(page, page.dialect().blocks(), this::children, inlines::children);
        this.captions = new CaptionBlocks(page, page.dialect().blocks().captions(), fenced, this::children);
    }

    List<Block> children(Node parent) {
        headers.push(headers.peek());
        try {
            return convertChildren(parent);
        } finally {
            headers.pop();
        }
    }

    private List<Block> convertChildren(Node parent) {
        List<Block> out = new ArrayList<>();
        List<Tab> tabs = new ArrayList<>();
        SourcePosition tabsAt = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TabSyntax.Node tab) {
                if (tab.newGroup && !tabs.isEmpty()) {
                    out.add(new TabGroup(tabs, Attributes.EMPTY, tabsAt));
                    tabs = new ArrayList<>();
                }
                if (tabs.isEmpty()) {
                    tabsAt = page.position(tab);
                }
                tabs.add(tab(tab, headers.peek()));
                continue;
            }
            if (child instanceof BlockFenceSyntax.Node block && fenced.isTab(block)) {
                // `/// tab` blocks next to each other are one set of tabs, as `===` ones are.
                if (fenced.startsNewTabs(block) && !tabs.isEmpty()) {
                    out.add(new TabGroup(tabs, Attributes.EMPTY, tabsAt));
                    tabs = new ArrayList<>();
                }
                if (tabs.isEmpty()) {
                    tabsAt = page.position(block);
                }
                tabs.add(fenced.tab(block, headers.peek()));
                continue;
            }
            if (!tabs.isEmpty()) {
                out.add(new TabGroup(tabs, Attributes.EMPTY, tabsAt));
                tabs = new ArrayList<>();
            }
            convert(child, out);
        }
        if (!tabs.isEmpty()) {
            out.add(new TabGroup(tabs, Attributes.EMPTY, tabsAt));
        }
        return out;
    }

    private void convert(Node node, List<Block> out) {
        SourcePosition at = page.position(node);
        Attributes none = Attributes.EMPTY;
        if (node instanceof Paragraph) {
            out.add(paragraph(node, at));
        } else if (node instanceof Heading heading) {
            out.add(heading(heading, at));
        } else if (node instanceof BulletList list) {
            out.add(new dev.folio.model.doc.BulletList(items(list), none, at));
        } else if (node instanceof PythonListSyntax.FancyOrderedList list) {
            out.add(new dev.folio.model.doc.OrderedList(list.getMarkerStartNumber(), items(list),
                    page.dialect().syntax().fancyLists().orElseThrow().attributes(list.type), at));
        } else if (node instanceof OrderedList list) {
            // Python-Markdown numbers every list from 1 (lazy_ol), whatever the first item says; sane_lists does not.
            Integer start = list.getMarkerStartNumber();
            out.add(new dev.folio.model.doc.OrderedList(page.dialect().syntax().saneLists() && start != null ? start : 1,
                    items(list), none, at));
        } else if (node instanceof BlockQuote) {
            out.add(new dev.folio.model.doc.BlockQuote(children(node), none, at));
        } else if (node instanceof FencedCodeBlock code) {
            out.add(fenced(code, at));
        } else if (node instanceof IndentedCodeBlock code) {
            // Python-Markdown expands tabs before anything else; superfences' preserve_tabs spares fenced code only.
            String literal = SuperFences.expandTabs(code.getLiteral());
            out.add(page.dialect().syntax().codeHiliteHeaders() ? CodeHiliteHeader.read(literal, none, at)
                    : new CodeBlock("", "", List.of(), literal, false, none, at));
        } else if (node instanceof HtmlBlock html) {
            if (html instanceof RawHtmlSyntax.Raw raw && !raw.closed) {
                page.warn("html-unclosed", "<" + raw.tag + "> is not closed; the raw HTML runs to the end of its "
                        + "container", at);
            }
            out.add(new dev.folio.model.doc.HtmlBlock(html.getLiteral(), none, at));
            if (html instanceof RawHtmlSyntax.Raw raw && !raw.tail.isEmpty()) {
                out.addAll(tail(raw));
            }
        } else if (node instanceof ThematicBreak) {
            out.add(new dev.folio.model.doc.ThematicBreak(none, at));
        } else if (node instanceof TableBlock table) {
            out.add(table(table, at));
        } else if (node instanceof AdmonitionSyntax.Node admonition) {
            Attributes classes = new Attributes("", admonition.classes, List.of());
            List<Block> body = children(node);
            if (body.isEmpty()) {
                page.warn("admonition-empty", "admonition '" + admonition.type + "' has no body; its content must "
                        + "be indented four spaces", at);
            }
            out.add(new Admonition(admonition.type, TitleMarkdown.inlines(admonition.title.orElse(""), node, page,
                    inlines::children), admonition.collapse, body, classes, at));
        } else if (node instanceof BlockFenceSyntax.Node block) {
            Optional<BlockTypes.BlockType> caption = fenced.caption(block);
            if (caption.isPresent()) {
                captions.attach(block, caption.get(), out);
            } else if (block.name.equals(FancyLists.BLOCK) && page.dialect().syntax().fancyLists().isPresent()) {
                // pymdownx.fancylists' block only guides the list inside it: its content takes its place.
                out.addAll(children(block));
            } else {
                out.add(fenced.convert(block));
            }
        } else if (node instanceof HtmlContainerSyntax.Container container) {
            if (!container.closed) {
                page.warn("html-unclosed", "<" + container.tag + " markdown> is not closed; it ends here with its "
                        + "parent", at);
            }
            out.add(new HtmlContainer(container.tag, children(node), container.attributes, at));
        } else if (node instanceof HtmlContainerSyntax.Span span) {
            if (!span.closed) {
                page.warn("html-unclosed", "<" + span.tag + "> is not closed", at);
            }
            out.add(new HtmlInlineContainer(span.tag, inlines.children(node), span.attributes, at));
        } else if (node instanceof DefinitionListSyntax.List list) {
            dev.folio.model.doc.DefinitionList next = definitions(list, at);
            int last = out.size() - 1;
            if (last >= 0 && out.get(last) instanceof dev.folio.model.doc.DefinitionList previous) {
                // "Term⏎: a⏎⏎Term 2⏎: b" is one list, as in Python-Markdown.
                List<dev.folio.model.doc.DefinitionItem> items = new ArrayList<>(previous.items());
                items.addAll(next.items());
                out.set(last, new dev.folio.model.doc.DefinitionList(items, previous.attributes(),
                        previous.position()));
            } else {
                out.add(next);
            }
        } else if (node instanceof DefinitionListSyntax.Definition definition) {
            detachedDefinition(definition, at, out);
        } else if (node instanceof CriticAndMathSyntax.MathBlock math) {
            out.add(new dev.folio.model.doc.MathBlock(math.tex.toString(), none, at));
        } else if (node instanceof ApiReferenceSyntax.Node reference) {
            if (!apiReferenceReported) {
                apiReferenceReported = true;
                page.warn("plugin-placeholder", reference.plugin + " is not run (it generates API references from "
                        + "Python code): '::: " + reference.identifier + "' and any other on this page are shown as "
                        + "placeholders", at);
            }
            out.add(new dev.folio.model.doc.ApiReference(reference.plugin, reference.identifier, reference.members(),
                    none, at));
        } else if (node instanceof LinkReferenceDefinition || node instanceof FootnoteSyntax.Definition
                || node instanceof AbbreviationSyntax.Definition || node instanceof TabSyntax.Label) {
            return; // definitions are not content where they stand
        } else {
            out.addAll(children(node));
        }
    }

    /**
     * The text after a raw block's end tag on its line ({@code <div>x</div> tail *x*}), read as Markdown, as
     * Python-Markdown reads it; positions on the end tag's line.
     */
    private List<Block> tail(RawHtmlSyntax.Raw raw) {
        List<SourceSpan> spans = raw.getSourceSpans();
        Node parsed = MarkdownSyntax.parseAt(raw.tail, page.dialect().syntax().withBlocks(false),
                spans.isEmpty() ? null : spans.get(spans.size() - 1));
        return children(parsed);
    }

    private dev.folio.model.doc.Paragraph paragraph(Node node, SourcePosition at) {
        List<Inline> content = inlines.children(node);
        Optional<Attributes> attributes = trailingAttributeLine(content);
        if (attributes.isPresent()) {
            content = content.subList(0, content.size() - 2);
        }
        return new dev.folio.model.doc.Paragraph(content, attributes.orElse(Attributes.EMPTY), at);
    }

    /** An attribute list alone on a paragraph's last line: {@code text⏎{ .class }}. */
    private static Optional<Attributes> trailingAttributeLine(List<Inline> content) {
        int size = content.size();
        if (size < 2 || !(content.get(size - 1) instanceof Text last)
                || !(content.get(size - 2) instanceof LineBreak)) {
            return Optional.empty();
        }
        Matcher m = AttributeList.WHOLE_LINE.matcher(last.literal());
        return m.matches() ? AttributeList.parse(m.group(1)) : Optional.empty();
    }

    /**
     * An attribute list ending a heading, a table cell or a term after a space ({@code Title {: #id }}), as attr_list
     * reads them: taken off {@code content}; a heading also loses the closing hashes before it, as there.
     */
    private static Attributes trailingAttributes(List<Inline> content, boolean heading) {
        // A list needs a brace: most texts skip the regex search.
        if (content.isEmpty() || !(content.get(content.size() - 1) instanceof Text last)
                || last.literal().indexOf('{') < 0) {
            return Attributes.EMPTY;
        }
        Matcher m = AttributeList.HEADING_END.matcher(last.literal());
        Optional<Attributes> written = m.find() ? AttributeList.parse(m.group(1)) : Optional.empty();
        if (written.isEmpty()) {
            return Attributes.EMPTY;
        }
        String rest = last.literal().substring(0, m.start());
        if (heading) {
            rest = rest.replaceFirst("#+$", "").stripTrailing();
        }
        content.remove(content.size() - 1);
        if (!rest.isEmpty()) {
            content.add(new Text(rest, last.attributes(), last.position()));
        }
        return written.get();
    }

    private Block heading(Heading heading, SourcePosition at) {
        List<Inline> content = new ArrayList<>(inlines.children(heading));
        Attributes attributes = trailingAttributes(content, true);
        // Every heading written in Markdown gets an id, the h1 too, as Python-Markdown's toc gives it (the h1 Material
        // inserts from the page title, when the Markdown has none, has none).
        if (attributes.id().isEmpty()) {
            attributes = attributes.withId(page.headingIds().idFor(Traversal.plainText(content)));
        }
        headers.pop();
        headers.push(attributes.id());
        return new dev.folio.model.doc.Heading(page.dialect().tocOptions().level(heading.getLevel()), content,
                attributes, at);
    }

    private List<dev.folio.model.doc.ListItem> items(ListBlock list) {
        List<dev.folio.model.doc.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(item(item, !ListLooseness.loose(item)));
            }
        }
        return items;
    }

    private dev.folio.model.doc.ListItem item(Node item, boolean tight) {
        List<Block> children = new ArrayList<>(children(item));
        dev.folio.model.doc.ListItem.Task task = dev.folio.model.doc.ListItem.Task.NONE;
        Attributes attributes = Attributes.EMPTY;
        if (page.dialect().syntax().inline().taskLists()
                && !children.isEmpty() && children.get(0) instanceof dev.folio.model.doc.Paragraph first
                && !first.content().isEmpty() && first.content().get(0) instanceof Text text) {
            String literal = text.literal();
            if (literal.startsWith("[ ] ") || literal.startsWith("[x] ") || literal.startsWith("[X] ")) {
                task = literal.charAt(1) == ' ' ? dev.folio.model.doc.ListItem.Task.OPEN
                        : dev.folio.model.doc.ListItem.Task.DONE;
                List<Inline> content = new ArrayList<>(first.content());
                content.set(0, new Text(literal.substring(4), text.attributes(),
                        text.position().at(text.position().line(), text.position().column() + 4)));
                children.set(0, new dev.folio.model.doc.Paragraph(content, first.attributes(), first.position()));
            }
        }
        // A tight item's text is the <li>'s own: its attribute list belongs to the item.
        int last = children.size() - 1;
        if (tight && last >= 0 && children.get(last) instanceof dev.folio.model.doc.Paragraph p
                && !p.attributes().isEmpty()) {
            attributes = p.attributes();
            children.set(last, new dev.folio.model.doc.Paragraph(p.content(), Attributes.EMPTY, p.position()));
        }
        return new dev.folio.model.doc.ListItem(task, children, !tight, attributes, page.position(item));
    }

    private Block fenced(FencedCodeBlock code, SourcePosition at) {
        FenceInfo info = FenceInfo.parse(code.getInfo());
        String literal = page.dialect().superFences().fencedCode(code.getLiteral());
        Optional<SuperFences.Fence> custom = page.dialect().superFences().fence(info.language());
        if (custom.isPresent()) {
            return customFence(custom.get(), literal, at);
        }
        if (info.language().equals("mermaid")) {
            return new Diagram("mermaid", literal, Attributes.EMPTY, at);
        }
        return new CodeBlock(info.language(), info.title(), info.options(), literal, true, Attributes.EMPTY, at);
    }

    /** A custom fence as its formatting function writes it; one the parser cannot write keeps its content as code. */
    private Block customFence(SuperFences.Fence fence, String written, SourcePosition at) {
        // Superfences hands a format function the content without its last line end.
        String source = written.endsWith("\n") ? written.substring(0, written.length() - 1) : written;
        String escaped = FencedBlocks.escape(source);
        String cssClass = fence.cssClass().replace("\"", "&quot;");
        switch (fence.format()) {
            case DIV:
                return new dev.folio.model.doc.HtmlBlock("<div class=\"" + cssClass + "\">" + escaped + "</div>\n",
                        Attributes.EMPTY, at);
            case MATH:
                return new dev.folio.model.doc.MathBlock(source.strip(), Attributes.EMPTY, at);
            case MATH_PRE:
                return new dev.folio.model.doc.HtmlBlock("<pre class=\"" + cssClass + "\">\\[" + escaped.strip()
                        + "\\]</pre>\n", Attributes.EMPTY, at);
            case OTHER:
                if (reportedFences.add(fence.name())) {
                    page.warn("custom-fence", "```" + fence.name() + " is formatted by " + fence.function()
                            + ", a Python function Folio cannot run; its content is shown as written", at);
                }
                return new Diagram(fence.cssClass(), source, Attributes.EMPTY, at);
            default:
                return new Diagram(fence.cssClass(), source, Attributes.EMPTY, at);
        }
    }

    private Tab tab(TabSyntax.Node tab, String headerId) {
        List<Inline> label = List.of();
        List<Block> body = new ArrayList<>();
        for (Node child = tab.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TabSyntax.Label) {
                label = inlines.children(child);
            }
        }
        body.addAll(children(tab));
        Attributes attributes = page.dialect().tabbed().attributes(Attributes.EMPTY, label, headerId, page);
        return new Tab(label, tab.selected, body, attributes, page.position(tab));
    }

    /**
     * A {@code :} definition after a blank line (Python-Markdown's "looselist" state): the paragraph
     * above becomes its terms and a new item; below a list, it is one more definition of the list's last
     * item, loose when the definition before it holds more than bare text.
     */
    private void detachedDefinition(DefinitionListSyntax.Definition definition, SourcePosition at, List<Block> out) {
        List<Block> body = children(definition);
        int last = out.size() - 1;
        Block above = last >= 0 ? out.get(last) : null;
        if (above instanceof dev.folio.model.doc.Paragraph paragraph) {
            out.remove(last);
            List<List<Inline>> terms = termLines(paragraph.content());
            List<Attributes> termAttributes = new ArrayList<>();
            terms.forEach(term -> termAttributes.add(trailingAttributes(term, false)));
            dev.folio.model.doc.DefinitionItem item = new dev.folio.model.doc.DefinitionItem(terms, List.of(body), true,
                    paragraph.attributes(), paragraph.position(), termAttributes, List.of());
            if (last > 0 && out.get(last - 1) instanceof dev.folio.model.doc.DefinitionList list) {
                List<dev.folio.model.doc.DefinitionItem> items = new ArrayList<>(list.items());
                items.add(item);
                out.set(last - 1, new dev.folio.model.doc.DefinitionList(items, list.attributes(), list.position()));
            } else {
                out.add(new dev.folio.model.doc.DefinitionList(List.of(item), Attributes.EMPTY, paragraph.position()));
            }
        } else if (above instanceof dev.folio.model.doc.DefinitionList list && !list.items().isEmpty()) {
            List<dev.folio.model.doc.DefinitionItem> items = new ArrayList<>(list.items());
            dev.folio.model.doc.DefinitionItem item = items.remove(items.size() - 1);
            List<List<Block>> definitions = new ArrayList<>(item.definitions());
            List<Block> previous = definitions.isEmpty() ? List.of() : definitions.get(definitions.size() - 1);
            boolean loose = item.loose() || previous.size() > 1
                    || previous.size() == 1 && !(previous.get(0) instanceof dev.folio.model.doc.Paragraph);
            definitions.add(body);
            List<Attributes> definitionAttributes = new ArrayList<>(item.definitionAttributes());
            definitionAttributes.add(Attributes.EMPTY);
            items.add(new dev.folio.model.doc.DefinitionItem(item.terms(), definitions, loose, item.attributes(),
                    item.position(), item.termAttributes(), definitionAttributes));
            out.set(last, new dev.folio.model.doc.DefinitionList(items, list.attributes(), list.position()));
        } else {
            out.addAll(body); // what stood above was not kept as a block: keep the content at least
        }
    }

    /** Python-Markdown makes each line of a term paragraph a term of its own. */
    private static List<List<Inline>> termLines(List<Inline> content) {
        List<List<Inline>> terms = new ArrayList<>();
        List<Inline> term = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof LineBreak) {
                if (!term.isEmpty()) {
                    terms.add(term);
                }
                term = new ArrayList<>();
            } else {
                term.add(inline);
            }
        }
        if (!term.isEmpty()) {
            terms.add(term);
        }
        return terms;
    }

    private dev.folio.model.doc.DefinitionList definitions(DefinitionListSyntax.List list, SourcePosition at) {
        List<dev.folio.model.doc.DefinitionItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<List<Inline>> terms = new ArrayList<>();
            List<Attributes> termAttributes = new ArrayList<>();
            List<List<Block>> definitions = new ArrayList<>();
            List<Attributes> definitionAttributes = new ArrayList<>();
            for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof DefinitionListSyntax.Term) {
                    for (List<Inline> term : termLines(inlines.children(part))) {
                        // attr_list reads a term as it reads a heading: the list at the line's end is the <dt>'s.
                        termAttributes.add(trailingAttributes(term, false));
                        terms.add(term);
                    }
                } else if (part instanceof DefinitionListSyntax.Definition) {
                    List<Block> body = new ArrayList<>(children(part));
                    // A tight definition's text is the <dd>'s own: the list on its last line is the <dd>'s.
                    if (body.size() == 1 && body.get(0) instanceof dev.folio.model.doc.Paragraph p
                            && !p.attributes().isEmpty()) {
                        definitionAttributes.add(p.attributes());
                        body.set(0, new dev.folio.model.doc.Paragraph(p.content(), Attributes.EMPTY, p.position()));
                    } else {
                        definitionAttributes.add(Attributes.EMPTY);
                    }
                    definitions.add(body);
                }
            }
            items.add(new dev.folio.model.doc.DefinitionItem(terms, definitions, false, Attributes.EMPTY,
                    page.position(item), termAttributes, definitionAttributes));
        }
        return new dev.folio.model.doc.DefinitionList(items, Attributes.EMPTY, at);
    }

    private Block table(TableBlock table, SourcePosition at) {
        List<dev.folio.model.doc.TableRow> header = new ArrayList<>();
        List<dev.folio.model.doc.TableRow> body = new ArrayList<>();
        List<Table.Alignment> alignments = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            List<dev.folio.model.doc.TableRow> target = section instanceof TableHead ? header
                    : section instanceof TableBody ? body : null;
            if (target == null) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    target.add(row(row, alignments));
                }
            }
        }
        return new Table(alignments, header, body, Attributes.EMPTY, at);
    }

    private dev.folio.model.doc.TableRow row(Node row, List<Table.Alignment> alignments) {
        List<dev.folio.model.doc.TableCell> cells = new ArrayList<>();
        int column = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                Table.Alignment alignment = alignment(tableCell.getAlignment());
                if (column >= alignments.size()) {
                    alignments.add(alignment);
                }
                List<Inline> content = new ArrayList<>(inlines.children(cell));
                Attributes attributes = trailingAttributes(content, false);
                cells.add(new dev.folio.model.doc.TableCell(tableCell.isHeader(), alignment, content, attributes,
                        page.position(cell)));
                column++;
            }
        }
        return new dev.folio.model.doc.TableRow(cells, Attributes.EMPTY, page.position(row));
    }

    private static Table.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Table.Alignment.NONE;
        }
        switch (alignment) {
            case LEFT:
                return Table.Alignment.LEFT;
            case CENTER:
                return Table.Alignment.CENTER;
            case RIGHT:
                return Table.Alignment.RIGHT;
            default:
                return Table.Alignment.NONE;
        }
    }
}
