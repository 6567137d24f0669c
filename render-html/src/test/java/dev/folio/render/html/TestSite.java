package dev.folio.render.html;

import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.NavItem;
import dev.folio.model.Navigation;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.Document;
import dev.folio.model.doc.FootnoteDefinition;
import dev.folio.model.doc.HtmlContainer;
import dev.folio.model.doc.HtmlInlineContainer;
import dev.folio.model.doc.ListItem;
import dev.folio.model.doc.Paragraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small three-language site built from model objects: English (home, basics/threats,
 * advanced/network/tor, and reference, which is not in the navigation), Hebrew (home, basics/threats) and Traditional Chinese (home), with an
 * image asset on disk.
 */
final class TestSite {
    static final String NAME = "Test Guides";

    private TestSite() {
    }

    /** Builds the site; its English docs folder (with {@code assets/img/logo.svg}) is created under {@code root}. */
    static Site create(Path root) throws IOException {
        Path docs = Files.createDirectories(root.resolve("docs"));
        Path he = Files.createDirectories(root.resolve("i18n/he"));
        Files.createDirectories(docs.resolve("assets/img"));
        Files.writeString(docs.resolve("assets/img/logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 2 2\"><circle cx=\"1\" cy=\"1\" r=\"1\" fill=\"#4051b5\"/></svg>", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve(".hidden"), "secret", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("index.md"), "# not an asset", StandardCharsets.UTF_8);

        SiteConfig config = new SiteConfig(NAME, "", "Guides for testing", "&copy; 2026 Test", List.of(
                Language.of("en"), Language.of("he"), Language.of("zh-Hant")), "en", UrlStyle.DIRECTORY, Map.of());
        List<Page> pages = new ArrayList<>();
        pages.add(englishHome());
        pages.add(englishThreats());
        pages.add(englishTor());
        pages.add(ReferencePage.create());
        pages.add(simplePage("he", "index.md", "ברוכים הבאים", "_1", "פרטיות"));
        pages.add(hebrewThreats());
        pages.add(simplePage("zh-Hant", "index.md", "歡迎", "_1", "隱私"));

        Map<String, Navigation> navigation = new LinkedHashMap<>();
        navigation.put("en", new Navigation(List.of(
                new NavItem.PageRef("Home", "index.md"),
                new NavItem.Section("Basics", List.of(new NavItem.PageRef("Threats", "basics/threats.md"))),
                new NavItem.Section("Advanced", List.of(new NavItem.PageRef("Tor", "advanced/network/tor.md"))),
                new NavItem.Link("Forum", "https://forum.example.org/"))));
        navigation.put("he", new Navigation(List.of(
                new NavItem.PageRef("בית", "index.md"),
                new NavItem.PageRef("איומים", "basics/threats.md"),
                new NavItem.PageRef("Tor", "advanced/network/tor.md"))));
        navigation.put("zh-Hant", new Navigation(List.of(new NavItem.PageRef("首頁", "index.md"))));
        return new Site(config, pages, navigation, Map.of("en", docs, "he", he), List.of());
    }

    private static Page englishHome() {
        Nodes n = new Nodes("docs/index.md");
        n.at(3);
        List<Block> blocks = List.of(
                n.p(n.text("Read about "), n.internal("basics/threats.md", "basics/threats.md", "", n.text("threats")),
                        n.text(".")),
                n.h(2, "why", "Why privacy"),
                n.p(n.text("Because <script>alert('x')</script> & more")),
                n.p(n.text("Meet us at the Café Größe.")));
        return page("en", "index.md", "docs/index.md", "Welcome", blocks, List.of(), "toc");
    }

    private static Page englishThreats() {
        Nodes n = new Nodes("docs/basics/threats.md");
        n.at(5);
        List<Block> blocks = new ArrayList<>();
        blocks.add(n.h(2, "threat-model", "Threat model"));
        blocks.add(n.p(n.text("Forward secrecy"), n.footnote(1, 1), n.text(" matters"), n.footnote(1, 2), n.text(".")));
        blocks.add(n.h(3, "adversaries", "Adversaries"));
        blocks.add(n.p(n.text("See "), n.internal("../advanced/network/tor.md#circuits", "advanced/network/tor.md",
                "circuits", n.text("Tor")), n.text(" and "),
                n.internal("missing.md", "missing.md", "", n.text("a missing page")), n.text(".")));
        n.at(20);
        blocks.add(n.admonition("note", "Note", Admonition.Collapse.NONE, n.p("A plain note.")));
        blocks.add(n.admonition("warning", "", Admonition.Collapse.NONE, n.p("No title.")));
        blocks.add(n.admonition("downloads", "Downloads", Admonition.Collapse.CLOSED,
                new BulletList(List.of(new ListItem(ListItem.Task.NONE, List.of(
                        n.p(n.external("https://signal.org/", Attributes.EMPTY, Optional.empty(),
                                n.icon("simple", "signal"), n.text(" Signal")))), false, Attributes.EMPTY, n.next())),
                        Attributes.EMPTY, n.next())));
        blocks.add(n.admonition("example", "Open one", Admonition.Collapse.OPEN, n.p("Open by default.")));
        Paragraph logo = n.p(n.image("../assets/img/logo.svg", "assets/img/logo.svg", "Logo",
                new Attributes("", List.of(), List.of(new Attributes.Attribute("align", "right")))));
        Paragraph links = n.p(
                n.external("https://signal.org/", Attributes.ofClasses("md-button", "md-button--primary"),
                        Optional.empty(), n.icon("material", "check"), n.text(" Homepage")),
                n.text(" "),
                n.external("https://x.example/\"><script>", Attributes.ofClasses("card-link"),
                        Optional.of("Privacy \"Policy\" <b>"), n.icon("material", "eye")));
        HtmlContainer details = new HtmlContainer("details", List.of(
                new HtmlInlineContainer("summary", List.of(n.text("More")), Attributes.EMPTY, n.next()),
                n.p(n.text("Hidden "), n.icon("simple", "windows11"))), Attributes.ofClasses("downloads"), n.next());
        blocks.add(new HtmlContainer("div", List.of(logo, links, details),
                Attributes.ofClasses("grid", "cards"), n.at(40)));
        Nodes f = new Nodes("docs/basics/threats.md");
        f.at(60);
        List<FootnoteDefinition> notes = List.of(new FootnoteDefinition("1", 1,
                List.of(f.p("Keys are rotated.")), Attributes.EMPTY, f.next()));
        return page("en", "basics/threats.md", "docs/basics/threats.md", "Threats", blocks, notes);
    }

    private static Page englishTor() {
        Nodes n = new Nodes("docs/advanced/network/tor.md");
        n.at(1);
        List<Block> blocks = List.of(
                n.h(1, "", "Tor overview"),
                n.h(2, "circuits", "Circuits"),
                n.p(n.text("Back to "), n.internal("../../basics/threats.md#adversaries", "basics/threats.md",
                        "adversaries", n.text("threats")), n.text(" and "),
                        n.internal("../../index.md", "index.md", "", n.text("home")), n.text(".")),
                n.p(n.image("../../assets/img/logo.svg", "assets/img/logo.svg", "Logo", Attributes.EMPTY),
                        n.image("../../../outside.png", "../outside.png", "Outside", Attributes.EMPTY)));
        return page("en", "advanced/network/tor.md", "docs/advanced/network/tor.md", "", blocks, List.of());
    }

    /** Same heading structure as the English page, ids {@code _1}, {@code _2} as MkDocs gives Hebrew headings. */
    private static Page hebrewThreats() {
        Nodes n = new Nodes("i18n/he/basics/threats.md");
        n.at(3);
        List<Block> blocks = List.of(
                n.h(2, "_1", "מודל איומים"),
                n.p(n.text("ראו "), n.internal("../index.md#why", "index.md", "why", n.text("למה")), n.text(" ו"),
                        n.internal("#nowhere", "basics/threats.md", "nowhere", n.text("שום מקום"))),
                n.h(3, "_2", "יריבים"));
        return page("he", "basics/threats.md", "i18n/he/basics/threats.md", "איומים", blocks, List.of());
    }

    private static Page simplePage(String language, String sourcePath, String title, String id, String heading) {
        String file = "i18n/" + language + "/" + sourcePath;
        Nodes n = new Nodes(file);
        List<Block> blocks = List.of(n.h(2, id, heading), n.p(n.text(title + " — " + heading)));
        return page(language, sourcePath, file, title, blocks, List.of());
    }

    static Page page(String language, String sourcePath, String file, String title, List<Block> blocks,
            List<FootnoteDefinition> notes, String... hidden) {
        Map<String, Object> raw = new LinkedHashMap<>();
        if (hidden.length > 0) {
            raw.put("hide", List.of(hidden));
        }
        if (!title.isEmpty()) {
            raw.put("title", title);
        }
        raw.put("description", "About " + sourcePath);
        return new Page(sourcePath, file, UrlStyle.DIRECTORY.outputPath(sourcePath), language, FrontMatter.of(raw),
                new Document(blocks, notes), List.of());
    }
}
