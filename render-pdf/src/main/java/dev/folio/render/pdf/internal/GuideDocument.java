package dev.folio.render.pdf.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.Language;
import dev.folio.model.NavItem;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.Heading;
import dev.folio.render.kit.CodeAnnotations;
import dev.folio.render.kit.MarkupWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The print XHTML of one language's guide: head (metadata, print style, bookmarks), cover, table
 * of contents, then one chapter per page in navigation order.
 */
public final class GuideDocument {
    private static final String STYLE = loadStyle();
    private static final int MAX_LISTED_CHARACTERS = 20;
    /**
     * Text a chapter may hold: about 270 printed pages, far beyond any page written to be read (Privacy Guides'
     * longest holds 60,000 characters). A generated page of 10 MB would print 2,700 pages in minutes.
     */
    static final long MAX_PRINTED_CHARACTERS = 1_000_000;
    /**
     * Right-to-left workarounds. openhtmltopdf 1.1.65 throws (NullPointerException in ListItemPainter)
     * when it paints a disc marker right to left for an item split across pages, so bullets are drawn
     * as text; contents entries carry their page number in an element of its own ({@link #tocPageNumber()}).
     */
    private static final String RTL_STYLE = "\nul > li { list-style: none; position: relative; }\n"
            + "ul > li::before { content: \"\\2022\"; position: absolute; right: -4.5mm; top: 0; }\n"
            + "ul.task-list > li::before, .grid-list > ul > li::before, .toc li::before { content: none; }\n"
            // a float, not an absolute box, so that it moves with its entry to the next page; of a fixed
            // width and left to right, or the engine keeps only the number's last digit. Not a link (the
            // title is): the engine would make the float's whole width a link, over blank paper
            + ".toc li { clear: both; }\n"
            + ".toc span.toc-page { float: left; width: 12mm; direction: ltr; text-align: left; }\n"
            + ".toc span.toc-page::after { content: target-counter(attr(href), page); }\n";

    private final Site site;
    private final Guide guide;
    private final Language language;
    private final List<Page> pages;
    private final Anchors anchors;
    private final Resources resources;
    private final DiagnosticSink diagnostics;
    private final List<Page> printed;
    private final MarkupWriter out = PrintMarkup.writer();
    private final CodeAnnotations annotations;

    /** One bookmark of the guide's outline: its title, the id it opens at, the bookmarks under it. */
    public record Mark(String name, String id, List<Mark> children) {
    }

    public GuideDocument(Site site, Guide guide, Resources resources, DiagnosticSink diagnostics) {
        this(site, guide, guide.pages(), resources, diagnostics);
    }

    /** @param printed the chapters this document prints, a part of a chunked guide ({@link ChunkedGuide}) */
    public GuideDocument(Site site, Guide guide, List<Page> printed, Resources resources, DiagnosticSink diagnostics) {
        this.site = site;
        this.guide = guide;
        this.language = guide.language();
        this.pages = guide.pages();
        this.printed = List.copyOf(printed);
        this.anchors = new Anchors(pages, printed, site.config(), guide.language().code(),
                new dev.folio.model.CrossReferences(site));
        this.resources = resources;
        this.diagnostics = diagnostics;
        this.annotations = CodeAnnotations.of(site.config().raw());
    }

    /** {@code Privacy Guides (English)}; a section's or page's guide adds its title: {@code Privacy Guides – Basics (English)}. */
    static String title(Site site, Guide guide) {
        String part = guide.part().isEmpty() ? "" : " \u2013 " + guide.part();
        return site.config(guide.language().code()).name() + part + " (" + guide.language().name() + ")";
    }

    String write(Instant buildTime) {
        out.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", language.code())
                .attr("xml:lang", language.code()).attr("dir", language.direction().htmlValue());
        head("", this::bookmarks);
        out.start("body");
        // The page number is a running element so that it can be left to right in every language.
        out.start("div").attr("class", "folio").attr("dir", "ltr").empty("span", "class", "page-numbers").end();
        if (guide.frontMatter()) {
            cover(buildTime);
            contents();
        }
        for (Page page : pages) {
            chapter(page, !guide.frontMatter() && page == pages.get(0));
        }
        return out.finish();
    }

    /**
     * The cover and contents of a chunked guide, without chapters; the contents print the page
     * numbers given (by page key), as the chapters are printed in other documents.
     */
    public String writeFront(Instant buildTime, Map<String, Integer> pageNumbers) {
        this.pageNumbers = pageNumbers;
        out.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", language.code())
                .attr("xml:lang", language.code()).attr("dir", language.direction().htmlValue());
        head(CHUNK_STYLE, () -> out.start("bookmarks").empty("bookmark", "name", "toc", "href", "#toc").end());
        out.start("body");
        out.start("div").attr("class", "folio").attr("dir", "ltr").empty("span", "class", "page-numbers").end();
        cover(buildTime);
        contents();
        return out.finish();
    }

    /**
     * A part of a chunked guide: the chapters given to the constructor, with a bookmark at each id in
     * {@code targets} printed here, for {@link ChunkedGuide} to find where they landed.
     */
    public String writePart(java.util.Collection<String> targets) {
        out.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", language.code())
                .attr("xml:lang", language.code()).attr("dir", language.direction().htmlValue());
        head(CHUNK_STYLE, () -> {
            out.start("bookmarks");
            for (String target : targets) {
                out.empty("bookmark", "name", target, "href", "#" + target);
            }
            out.end();
        });
        out.start("body");
        out.start("div").attr("class", "folio").attr("dir", "ltr").empty("span", "class", "page-numbers").end();
        for (Page page : printed) {
            chapter(page, page == printed.get(0));
        }
        out.empty("div", "class", "part-end");
        return out.finish();
    }

    /** The ids a chunked guide's bookmarks open at: each page's and each second-level heading's. */
    public java.util.stream.Stream<String> outlineIds() {
        return ids(outline());
    }

    private static java.util.stream.Stream<String> ids(List<Mark> marks) {
        return marks.stream().flatMap(mark -> java.util.stream.Stream.concat(java.util.stream.Stream.of(mark.id()),
                ids(mark.children())));
    }

    /**
     * Chunked parts leave the page numbers to {@link ChunkedGuide}, which knows their total. A part's
     * first chapter starts its document, where openhtmltopdf sets it 9.4875 pt higher than a chapter
     * after a page break (measured; ChunkedGuideTest compares every glyph's place with the single
     * document's): padded by as much, the part's pages break where the single document's do.
     */
    private static final String CHUNK_STYLE = "\n.page-numbers::before { content: none; }\n"
            + ".chapter.first { padding-top: 9.4875pt; }\n"
            // the bottom margin of a part's last block would open a blank page when its page is full;
            // in one document the next chapter's page break swallows it
            + ".part-end { margin-top: -1000pt; height: 0; }\n";
    private Map<String, Integer> pageNumbers = Map.of();

    private void head(String extraStyle, Runnable bookmarks) {
        out.start("head");
        out.element("title", "", title(site, guide));
        SiteConfig own = site.config(language.code()); // as this language reads mkdocs.yml
        meta("author", own.copyright().isEmpty() ? own.name() : own.copyright());
        // PDF/UA wants a description; a site without one is described by the guide's title
        meta("subject", subject(site, guide));
        meta("generator", "Folio");
        String style = STYLE.replace("__SANS__", FontLibrary.sansFamilies())
                .replace("__MONO__", FontLibrary.monoFamilies())
                .replace("__START__", language.isRightToLeft() ? "right" : "left")
                .replace("__END__", language.isRightToLeft() ? "left" : "right")
                .replace("__TOC_AFTER__", tocPageNumber()) + pageMargins() + (language.isRightToLeft() ? RTL_STYLE : "")
                + extraStyle;
        // a contents printed apart from its chapters prints the page numbers it is given
        out.start("style").styleText(pageNumbers.isEmpty() ? style
                : style.replace("target-counter(attr(href), page)", "attr(data-page)")).end();
        bookmarks.run();
        out.end();
    }

    static String subject(Site site, Guide guide) {
        String description = site.config(guide.language().code()).description();
        return description.isEmpty() ? title(site, guide) : description;
    }

    private void meta(String name, String content) {
        if (!content.isEmpty()) {
            out.empty("meta", "name", name, "content", content);
        }
    }

    /** Running header (guide, chapter) and footer (page N / M), mirrored for right-to-left languages. */
    private String pageMargins() {
        String outer = language.isRightToLeft() ? "right" : "left";
        String inner = language.isRightToLeft() ? "left" : "right";
        String box = "font-family: " + FontLibrary.sansFamilies() + "; font-size: 8.5pt; color: #666;";
        return "\n@page { @top-" + outer + " { content: \"" + cssString(site.config(language.code()).name()) + "\"; " + box
                + " vertical-align: bottom; padding-bottom: 4mm; }\n"
                + "  @top-" + inner + " { content: element(chapter); " + box
                + " vertical-align: bottom; padding-bottom: 4mm; }\n"
                + "  @bottom-center { content: element(folio); " + box + " } }\n";
    }

    /**
     * The page number after a contents entry: behind a dot leader for left-to-right text. openhtmltopdf
     * lays out neither a leader nor generated content after a right-to-left entry (the entries drift
     * away from the margin by their own width), so there the number is an element of its own, floated
     * to the left margin ({@link #RTL_STYLE}).
     */
    private String tocPageNumber() {
        return language.isRightToLeft() ? "content: none;" : "content: leader('.') target-counter(attr(href), page);";
    }

    private static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }

    private void bookmarks() {
        out.start("bookmarks");
        if (guide.frontMatter()) {
            out.empty("bookmark", "name", GuideText.contents(language.code()), "href", "#toc");
        }
        outline().forEach(this::bookmark);
        out.end();
    }

    private void bookmark(Mark mark) {
        out.start("bookmark").attr("name", mark.name()).attr("href", "#" + mark.id());
        mark.children().forEach(this::bookmark);
        out.end();
    }

    /** The guide's outline after the contents: the navigation's sections and pages, each page with its second-level headings. */
    public List<Mark> outline() {
        List<NavItem> items = guide.navigation();
        if (new dev.folio.model.Navigation(items).pageOrder().isEmpty()) {
            return pages.stream().map(this::pageMark).toList();
        }
        return navMarks(items, pages.stream().collect(Collectors.toMap(Page::sourcePath, Function.identity(),
                (a, b) -> a)));
    }

    private List<Mark> navMarks(List<NavItem> items, Map<String, Page> byPath) {
        List<Mark> marks = new ArrayList<>();
        for (NavItem item : items) {
            if (item instanceof NavItem.PageRef ref && byPath.containsKey(ref.sourcePath())) {
                marks.add(pageMark(byPath.get(ref.sourcePath())));
            } else if (item instanceof NavItem.Section section) {
                firstPage(section.children(), byPath).ifPresent(first -> marks.add(new Mark(section.title(),
                        anchors.pageKey(first), navMarks(section.children(), byPath))));
            }
        }
        return marks;
    }

    private static java.util.Optional<Page> firstPage(List<NavItem> items, Map<String, Page> byPath) {
        return new dev.folio.model.Navigation(items).pageOrder().stream().filter(byPath::containsKey)
                .map(byPath::get).findFirst();
    }

    private Mark pageMark(Page page) {
        List<Mark> headings = new ArrayList<>();
        for (Heading heading : page.document().headings()) {
            if (heading.level() == 2 && !heading.id().isEmpty()) {
                headings.add(new Mark(heading.text(), anchors.id(page, heading.id()), List.of()));
            }
        }
        return new Mark(page.title(), anchors.pageKey(page), headings);
    }

    private void cover(Instant buildTime) {
        out.start("div").attr("class", "cover");
        out.element("p", "site", site.config(language.code()).name());
        if (!guide.part().isEmpty()) {
            out.element("p", "guide", guide.part());
        }
        String description = site.config(language.code()).description();
        if (!description.isEmpty()) {
            out.start("p").attr("class", "description").attr("dir", MajorityDirection.dirAttribute(
                    List.of(new dev.folio.model.doc.Text(description, dev.folio.model.doc.Attributes.EMPTY,
                            SourcePosition.UNKNOWN)), language.isRightToLeft())).text(description).end();
        }
        out.element("p", "language", language.name());
        out.element("p", "date", GuideText.date(buildTime, language.code()));
        out.end();
    }

    private void contents() {
        out.start("div").attr("class", "toc").attr("id", "toc");
        out.element("div", "running", GuideText.contents(language.code()));
        out.element("h1", "", GuideText.contents(language.code()));
        out.start("ul");
        if (new dev.folio.model.Navigation(guide.navigation()).pageOrder().isEmpty()) {
            pages.forEach(page -> contentsEntry(page, 0));
        } else {
            Map<String, Page> byPath = pages.stream().collect(Collectors.toMap(Page::sourcePath,
                    Function.identity(), (a, b) -> a));
            navContents(guide.navigation(), byPath, 0);
        }
        out.end().end();
    }

    private void navContents(List<NavItem> items, Map<String, Page> byPath, int depth) {
        for (NavItem item : items) {
            if (item instanceof NavItem.PageRef ref && byPath.containsKey(ref.sourcePath())) {
                contentsEntry(byPath.get(ref.sourcePath()), depth);
            } else if (item instanceof NavItem.Section section && firstPage(section.children(), byPath).isPresent()) {
                out.element("li", "section depth-" + Math.min(depth, 3), section.title());
                navContents(section.children(), byPath, depth + 1);
            }
        }
    }

    private void contentsEntry(Page page, int depth) {
        out.start("li").attr("class", "depth-" + Math.min(depth, 3));
        String number = pageNumbers.containsKey(anchors.pageKey(page))
                ? String.valueOf(pageNumbers.get(anchors.pageKey(page))) : "";
        if (language.isRightToLeft()) {
            out.start("span").attr("class", "toc-page").attr("href", anchors.pageLink(page));
            if (!number.isEmpty()) {
                out.attr("data-page", number);
            }
            out.end();
        }
        out.start("a").attr("href", anchors.pageLink(page));
        if (!number.isEmpty()) {
            out.attr("data-page", number);
        }
        out.text(page.title()).end();
        out.end();
    }

    /** @param opening whether the chapter opens a document without cover, which must not start with a blank page */
    private void chapter(Page page, boolean opening) {
        MarkupWriter.Mark mark = out.mark();
        out.clearFlattened();
        try {
            writeChapter(page, opening);
        } catch (RuntimeException | StackOverflowError e) {
            // The guide is printed without this chapter (its blocks failing one by one are caught nearer).
            out.reset(mark);
            diagnostics.report(Diagnostic.error("render-failed", "chapter left out of the guide: the page could"
                    + " not be printed (" + e.getClass().getSimpleName() + ")", SourcePosition.of(page.sourceFile(), 1, 1)));
            return;
        }
        if (out.flattened()) {
            diagnostics.report(Diagnostic.warning("nesting-depth", "nested deeper than " + PrintMarkup.MAX_DEPTH
                    + " elements; the deeper structure is printed flat, its text kept",
                    SourcePosition.of(page.sourceFile(), 1, 1)));
        }
    }

    private void writeChapter(Page page, boolean opening) {
        int from = out.length();
        Chapter chapter = new Chapter(out, page, anchors, resources, language.isRightToLeft(), diagnostics);
        BlockWriter blocks = new BlockWriter(chapter, annotations);
        out.start("div").attr("class", opening ? "chapter first" : "chapter").attr("id", anchors.pageKey(page));
        out.element("div", "running", page.title());
        List<Block> body = page.document().blocks();
        if (!body.isEmpty() && body.get(0) instanceof Heading first && first.level() == 1) {
            out.start("h1").attr("class", "chapter-title").attr("id", chapter.id(first.attributes()));
            new InlineWriter(chapter).write(first.content());
            out.end();
            body = body.subList(1, body.size());
        } else {
            out.element("h1", "chapter-title", page.title());
        }
        long characters = textLength(page);
        if (characters > MAX_PRINTED_CHARACTERS) {
            diagnostics.report(Diagnostic.warning("pdf-page-too-long", "the page holds " + characters
                    + " characters of text, more than a guide prints (" + MAX_PRINTED_CHARACTERS
                    + "); its chapter says where to read it instead", SourcePosition.of(page.sourceFile(), 1, 1)));
            out.start("p").text(GuideText.tooLongToPrint());
            anchors.onlineUrl(page).ifPresent(url -> out.text(" ").start("a").attr("href", url).text(url).end());
            out.end();
        } else {
            blocks.blocks(body);
            Footnotes.write(chapter, page.document().footnotes(), blocks);
        }
        out.end();
        reportMissingGlyphs(page, out.since(from));
    }

    private static long textLength(Page page) {
        return dev.folio.model.doc.Traversal.descendants(page.document().blocks()).mapToLong(node ->
                node instanceof dev.folio.model.doc.Text text ? text.literal().length()
                        : node instanceof dev.folio.model.doc.CodeBlock code ? code.code().length() : 0).sum();
    }

    /** One warning per page naming the characters no shipped font can print. */
    private void reportMissingGlyphs(Page page, CharSequence written) {
        Set<Integer> missing = new TreeSet<>();
        printedText(written).codePoints().filter(GuideDocument::printable).filter(cp -> !FontLibrary.covers(cp))
                .forEach(missing::add);
        if (missing.isEmpty()) {
            return;
        }
        List<String> listed = new ArrayList<>();
        for (int cp : missing) {
            if (listed.size() == MAX_LISTED_CHARACTERS) {
                listed.add("… (" + missing.size() + " in all)");
                break;
            }
            listed.add(String.format("'%s' U+%04X", new String(Character.toChars(cp)), cp));
        }
        diagnostics.report(Diagnostic.warning("pdf-missing-glyphs", "no font shipped with Folio covers these "
                + "characters of language " + language.code() + "; they print as boxes: " + String.join(", ", listed),
                SourcePosition.of(page.sourceFile(), 0, 0)));
    }

    /**
     * The text of written XHTML without its markup: attribute values (link targets, bookmark names,
     * image data) are never drawn with the page's fonts. Text is escaped, so a {@code <} starts a tag.
     */
    static String printedText(CharSequence xhtml) {
        StringBuilder text = new StringBuilder(xhtml.length());
        boolean inTag = false;
        for (int i = 0; i < xhtml.length(); i++) {
            char c = xhtml.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag) {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static boolean printable(int cp) {
        if (cp < 0x80 || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return false; // ASCII is always covered; variation selectors only pick a glyph's style
        }
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.FORMAT
                && type != Character.CONTROL && type != Character.PRIVATE_USE
                && type != Character.SURROGATE;
    }

    private static String loadStyle() {
        try (InputStream in = GuideDocument.class.getResourceAsStream("print.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
