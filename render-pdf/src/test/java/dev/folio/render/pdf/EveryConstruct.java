package dev.folio.render.pdf;

import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.NavItem;
import dev.folio.model.Navigation;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePosition;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Abbreviation;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BlockQuote;
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
import dev.folio.model.doc.Insert;
import dev.folio.model.doc.Keys;
import dev.folio.model.doc.LineBreak;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.LinkTarget;
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
import dev.folio.model.doc.TableCell;
import dev.folio.model.doc.TableRow;
import dev.folio.model.doc.Text;
import dev.folio.model.doc.ThematicBreak;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A site built in memory whose one page holds every block and inline type of the model. */
final class EveryConstruct {
    static final SourcePosition AT = SourcePosition.of("docs/reference.md", 1, 1);
    static final Attributes NONE = Attributes.EMPTY;

    private EveryConstruct() {
    }

    static Site site(Path sourceRoot) {
        SiteConfig config = new SiteConfig("Reference Site", "", "Every construct", "", List.of(Language.of("en")),
                "en", UrlStyle.DIRECTORY, Map.of());
        Page reference = page("reference.md", "Reference", blocks(), footnotes());
        Page other = page("other.md", "Other page", List.of(
                new Heading(1, List.of(text("Other page")), NONE, AT),
                new Heading(2, List.of(text("Target section")), Attributes.ofId("target"), AT),
                new Paragraph(List.of(text("Linked to from the reference.")), NONE, AT)), List.of());
        Navigation nav = new Navigation(List.of(new NavItem.Section("Everything", List.of(
                new NavItem.PageRef("Reference", "reference.md"), new NavItem.PageRef("Other page", "other.md")))));
        return new Site(config, List.of(reference, other), Map.of("en", nav), Map.of("en", sourceRoot), List.of());
    }

    static Page page(String path, String title, List<Block> blocks, List<FootnoteDefinition> notes) {
        return new Page(path, "docs/" + path, UrlStyle.DIRECTORY.outputPath(path), "en",
                FrontMatter.of(Map.of("title", title)), new Document(blocks, notes), List.of());
    }

    static Text text(String literal) {
        return new Text(literal, NONE, AT);
    }

    static Paragraph paragraph(Inline... inlines) {
        return new Paragraph(List.of(inlines), NONE, AT);
    }

    private static List<Block> blocks() {
        return List.of(
                new Heading(1, List.of(text("Reference")), NONE, AT),
                paragraph(text("Plain, "), new Emphasis(List.of(text("emphasis")), NONE, AT), text(", "),
                        new Strong(List.of(text("strong")), NONE, AT), text(", "),
                        new Mark(List.of(text("marked")), NONE, AT), text(", "),
                        new Insert(List.of(text("inserted")), NONE, AT), text(", "),
                        new Strikethrough(List.of(text("struck")), NONE, AT), text(", H"),
                        new Subscript(List.of(text("2")), NONE, AT), text("O, x"),
                        new Superscript(List.of(text("2")), NONE, AT), text(", "),
                        new Keys(List.of(new Keys.Key("control", "Ctrl"), new Keys.Key("alt", "Alt"),
                                new Keys.Key("delete", "Del")), NONE, AT), text(", "),
                        new Code("inline code", NONE, AT), text(", "),
                        new Abbreviation("HTML", "Hyper Text Markup Language", NONE, AT), text(", "),
                        new Icon("octicons", "home-16", NONE, AT), text(", "),
                        new Icon("custom", "star", NONE, AT), text(", "),
                        new Icon("material", "bug-outline", NONE, AT), new Icon("fontawesome", "brands-windows", NONE, AT),
                        new Icon("simple", "googleplay", NONE, AT), new Icon("material", "no-such-icon", NONE, AT),
                        text(", "),
                        new Emoji("smile", "smile", "1f604", "😄", "grinning face with smiling eyes", "people", NONE, AT),
                        new Emoji("octocat", "octocat", "", "", "octocat", "", NONE, AT), text(", a literal 🎉, "),
                        new MathInline("E = mc^2", NONE, AT), text(", "),
                        new Critic(Critic.Kind.SUBSTITUTION, List.of(text("old")), List.of(text("new")), NONE, AT),
                        new LineBreak(true, NONE, AT),
                        text("after a hard break, a footnote"),
                        new FootnoteReference("n", 1, 1, NONE, AT), text(" and "),
                        new Link(new LinkTarget.Internal("other.md#target", "other.md", "target"), Optional.empty(),
                                List.of(text("a link to another page")), NONE, AT), text(" and "),
                        new Link(new LinkTarget.External("https://example.org"), Optional.empty(),
                                List.of(text("an external link")), NONE, AT), text(", "),
                        // mkdocs-autorefs: [a cross-reference][target], [an unresolved reference][nowhere.x]
                        new Link(new LinkTarget.CrossReference("target", "target"), Optional.empty(),
                                List.of(text("a cross-reference")), NONE, AT), text(", "),
                        new Link(new LinkTarget.CrossReference("nowhere.x", "nowhere.x"), Optional.empty(),
                                List.of(text("an unresolved reference")), NONE, AT), text(", "),
                        new Link(new LinkTarget.External("https://example.org/privacy"), Optional.empty(),
                                List.of(new Icon("octicons", "eye-16", NONE, AT)),
                                Attributes.ofClasses("card-link").with("title", "Privacy Policy"), AT),
                        text(", right\u200F-to\u200E-left marks, raw "),
                        new RawInline("<small>", NONE, AT), text("small text"), new RawInline("</small>", NONE, AT),
                        new RawInline("<script>alert(1)</script>", NONE, AT), new RawInline("<b>", NONE, AT),
                        text(" unclosed bold.")),
                new Heading(2, List.of(text("Lists")), Attributes.ofId("lists"), AT),
                new BulletList(List.of(
                        new ListItem(ListItem.Task.DONE, List.of(paragraph(text("Done task"))), false, NONE, AT),
                        new ListItem(ListItem.Task.OPEN, List.of(paragraph(text("Open task"))), false, NONE, AT)), NONE, AT),
                new OrderedList(3, List.of(
                        new ListItem(ListItem.Task.NONE, List.of(paragraph(text("Third"))), false, NONE, AT),
                        new ListItem(ListItem.Task.NONE, List.of(paragraph(text("Fourth"))), false, NONE, AT)), NONE, AT),
                // pymdownx.fancylists' roman list, starting at iii
                new OrderedList(3, List.of(
                        new ListItem(ListItem.Task.NONE, List.of(paragraph(text("Roman three"))), false, NONE, AT),
                        new ListItem(ListItem.Task.NONE, List.of(paragraph(text("Roman four"))), false, NONE, AT)),
                        Attributes.EMPTY.with("type", "i"), AT),
                new BlockQuote(List.of(paragraph(text("A quotation."))), NONE, AT),
                new Heading(2, List.of(text("Code and tables")), Attributes.ofId("code"), AT),
                new CodeBlock("java", "Hello.java", List.of(), "class Hello {\n    // <tags> & \"quotes\"\n}\n", true,
                        NONE, AT),
                new Diagram("mermaid", "graph LR\n  A --> B\n", NONE, AT),
                new Table(List.of(Table.Alignment.LEFT, Table.Alignment.RIGHT),
                        List.of(row(true, "Name", "Value")), List.of(row(false, "alpha", "1"), row(false, "beta", "2")),
                        NONE, AT),
                new ThematicBreak(NONE, AT),
                new Heading(2, List.of(text("Containers")), Attributes.ofId("containers"), AT),
                // mkdocstrings' ::: identifier: Folio prints the placeholder box
                new dev.folio.model.doc.ApiReference("mkdocstrings", "agents.agent", List.of("Agent"), NONE, AT),
                new Admonition("warning", List.of(text("Mind the gap")), Admonition.Collapse.NONE,
                        List.of(paragraph(text("A warning admonition."))), NONE, AT),
                new Admonition("tip", List.of(text("Printed open")), Admonition.Collapse.CLOSED,
                        List.of(paragraph(text("A collapsed block, printed open."))), NONE, AT),
                new HtmlContainer("div", List.of(
                        new HtmlInlineContainer("p", List.of(text("Recommendation")),
                                Attributes.ofClasses("admonition-title"), AT),
                        paragraph(text("An md_in_html admonition."))),
                        Attributes.ofClasses("admonition", "recommendation"), AT),
                new HtmlContainer("div", List.of(new BulletList(List.of(
                        new ListItem(ListItem.Task.NONE, List.of(paragraph(new Strong(List.of(text("Card one")), NONE,
                                AT)), paragraph(text("First card text."))), true, NONE, AT),
                        new ListItem(ListItem.Task.NONE, List.of(paragraph(new Strong(List.of(text("Card two")), NONE,
                                AT)), paragraph(text("Second card text."))), true, NONE, AT)), NONE, AT)),
                        Attributes.ofClasses("grid", "cards"), AT),
                new HtmlContainer("details", List.of(
                        new HtmlInlineContainer("summary", List.of(text("Downloads")), NONE, AT),
                        paragraph(text("Inside details."))), Attributes.ofClasses("downloads"), AT),
                new TabGroup(List.of(
                        new Tab(List.of(text("Maven")), true, List.of(paragraph(text("Run mvn install."))), NONE, AT),
                        new Tab(List.of(text("Gradle")), false, List.of(paragraph(text("Run gradle build."))), NONE,
                                AT)), NONE, AT),
                new HtmlBlock("<div class=\"x\" onclick=\"evil()\"><p>Raw <em>HTML</em> &amp; &copy; &bogus;<br>"
                        + "<iframe src=\"https://evil\">frame</iframe><img src=\"x.png\" alt=\"raw image\">"
                        + "</div></span></p>", NONE, AT),
                new DefinitionList(List.of(new DefinitionItem(List.of(List.of(text("Term"))),
                        List.of(List.of(paragraph(text("Its definition.")))), NONE, AT)), NONE, AT),
                new MathBlock("\\int_0^1 x\\,dx", NONE, AT),
                paragraph(new Image(new LinkTarget.Internal("assets/missing.png", "assets/missing.png", ""),
                        "missing picture", Optional.empty(), NONE, AT)),
                paragraph(new Image(new LinkTarget.Internal("assets/broken.png", "assets/broken.png", ""),
                        "broken picture", Optional.empty(), NONE, AT)),
                paragraph(new Image(new LinkTarget.Internal("assets/photo.webp", "assets/photo.webp", ""),
                        "webp picture", Optional.empty(), NONE, AT)),
                paragraph(new Image(new LinkTarget.External("../../etc/passwd"), "escape", Optional.empty(), NONE,
                        AT)),
                paragraph(new Image(new LinkTarget.External("https://example.org/x.png"), "remote", Optional.empty(),
                        NONE, AT)),
                paragraph(new Image(new LinkTarget.External("file:///etc/passwd"), "file url", Optional.empty(),
                        NONE, AT)),
                paragraph(text("Control \u0001 characters\uFFFF are dropped.")));
    }

    private static TableRow row(boolean header, String... cells) {
        return new TableRow(java.util.Arrays.stream(cells)
                .map(c -> new TableCell(header, Table.Alignment.NONE, List.of(text(c)), NONE, AT)).toList(), NONE, AT);
    }

    private static List<FootnoteDefinition> footnotes() {
        return List.of(new FootnoteDefinition("n", 1, List.of(paragraph(text("The footnote text."))), NONE, AT));
    }
}
