package dev.folio.render.html;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project with a Material {@code mkdocs.yml} that uses the options which change the page around
 * the content: toc depth and permalinks, navigation tabs and sections, logo, favicon, repository,
 * social links, copyright, Open Graph, {@code extra_css} and {@code extra_javascript}. Parsed by the
 * real parser, as the plugin does, and checked in the written HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteConfigurationTest {
    private static final String MKDOCS_YML = """
            site_name: Config Guides
            site_url: https://guides.example.org/en/
            site_description: Guides configured like a Material site
            copyright: 'Copyright &copy; 2026 <a href="https://example.org/" onclick="steal()">Example</a> <script>alert(1)</script><img src=x onerror=alert(2)>'
            repo_url: https://github.com/example/guides
            theme:
              name: material
              logo: assets/brand/logo.svg
              favicon: assets/brand/favicon.png
              features:
                - navigation.tabs
                - navigation.sections
                - navigation.indexes
            extra:
              social:
                - icon: simple/mastodon
                  link: https://mastodon.example/@guides
                  name: Mastodon
                - icon: fontawesome/brands/github
                  link: javascript:alert(3)
            extra_css:
              - assets/stylesheets/extra.css?v=20260303
              - https://cdn.example.com/tracker.css
            extra_javascript:
              - path: assets/javascripts/feedback.js?v=1
                defer: true
            markdown_extensions:
              admonition: {}
              toc:
                toc_depth: 3
                permalink: true
            nav:
              - Home: index.md
              - Basics:
                  - basics/threats.md
                  - Networks:
                      - basics/networks/index.md
                      - Anonymity:
                          - basics/networks/tor.md
              - Tools:
                  - tools/messengers.md
            """;

    private Path out;
    private List<Diagnostic> diagnostics;

    @BeforeAll
    void buildTheProject(@TempDir Path project) throws IOException {
        write(project, "mkdocs.yml", MKDOCS_YML);
        write(project, "docs/index.md", "# Config Guides\n\nWelcome.\n");
        write(project, "docs/basics/threats.md", """
                ---
                title: Threats
                ---
                ## Threat model

                Text.

                ### Adversaries

                #### Nation states

                Deep.
                """);
        write(project, "docs/basics/networks/index.md", "---\ntitle: About networks\n---\nNetworks.\n");
        write(project, "docs/basics/networks/tor.md", "---\ntitle: Tor\n---\n## Circuits\n\nOnion.\n");
        write(project, "docs/tools/messengers.md", """
                ---
                meta_title: "The Best Private Instant Messengers - Config Guides"
                title: Real-Time Communication
                description: Encrypted messengers keep your communications secure.
                ---
                ## Signal

                Recommended.
                """);
        write(project, "docs/assets/brand/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write(project, "docs/assets/brand/favicon.png", "png");
        write(project, "docs/assets/stylesheets/extra.css", ".pg-red { color: #c62828; }");
        write(project, "docs/assets/javascripts/feedback.js", "// feedback");

        Site site = FolioParser.create().load(project);
        out = project.resolve("site");
        Diagnostics sink = new Diagnostics();
        new HtmlRenderer().render(site, RenderContext.builder(project, out).buildTime(Instant.parse("2026-01-01T00:00:00Z")).options(Map.of()).diagnostics(sink).build());
        diagnostics = sink.sorted();
    }

    private static void write(Path project, String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void permalinksFollowEveryHeadingAsPythonMarkdownWritesThem() throws IOException {
        Element heading = page("basics/threats/index.html").selectFirst("article h2#threat-model");
        Element permalink = heading.selectFirst("> a.headerlink");
        assertThat(permalink.attr("href")).isEqualTo("#threat-model");
        assertThat(permalink.attr("title")).isEqualTo("Permanent link");
        assertThat(permalink.text()).isEqualTo("¶");
        assertThat(heading.ownText()).isEqualTo("Threat model");
        assertThat(page("basics/threats/index.html").select("article h4#nation-states > a.headerlink")).hasSize(1);
    }

    @Test
    void theTableOfContentsStopsAtTocDepth() throws IOException {
        Element toc = page("basics/threats/index.html").selectFirst("nav.md-nav--secondary");
        assertThat(toc.select("a.md-nav__link").eachAttr("href")).containsExactly("#threat-model", "#adversaries");
        assertThat(toc.text()).doesNotContain("¶");
    }

    @Test
    void topLevelSectionsAreTabsUnderTheHeader() throws IOException {
        Document threats = page("basics/threats/index.html");
        Element tabs = threats.selectFirst("header.md-header + nav.md-tabs");
        assertThat(tabs.select("a.md-tabs__link").eachText()).containsExactly("Home", "Basics", "Tools");
        assertThat(tabs.select("a.md-tabs__link").eachAttr("href")).containsExactly("../../", "./", "../../tools/messengers/");
        assertThat(tabs.select(".md-tabs__item--active").eachText()).containsExactly("Basics");
        assertThat(threats.selectFirst("nav.md-nav--primary").hasClass("md-nav--lifted")).isTrue();
    }

    @Test
    void sectionsAreGroupsAndDeeperSectionsCollapse() throws IOException {
        Element nav = page("basics/networks/tor/index.html").selectFirst("nav.md-nav--primary");
        Element basics = nav.selectFirst("> ul > li.md-nav__item--active > details.md-nav__details[open]");
        assertThat(basics.selectFirst("> summary").text()).as("the current tab's section").isEqualTo("Basics");
        assertThat(nav.select("> ul > li > details:not([open]) > summary").eachText())
                .as("other tabs' sections stay closed in the phone's drawer").containsExactly("Tools");
        Element networks = basics.selectFirst("> ul > li.md-nav__item--section");
        assertThat(networks.selectFirst("> .md-nav__section").text()).isEqualTo("Networks");
        Element anonymity = networks.selectFirst("details.md-nav__details");
        assertThat(anonymity.selectFirst("> summary").text()).isEqualTo("Anonymity");
        assertThat(anonymity.hasAttr("open")).as("open: it holds the current page").isTrue();
        assertThat(page("basics/threats/index.html")
                .selectFirst("details.md-nav__details:has(> summary:contains(Anonymity))").hasAttr("open")).isFalse();
    }

    @Test
    void aSectionsIndexPageIsTheSectionsTitleNotAnEntry() throws IOException {
        Element nav = page("basics/threats/index.html").selectFirst("nav.md-nav--primary");
        Element networks = nav.selectFirst("a.md-nav__link--index");
        assertThat(networks.text()).isEqualTo("Networks");
        assertThat(networks.attr("href")).isEqualTo("../networks/");
        assertThat(nav.select("a[href=../networks/]")).hasSize(1);
        assertThat(nav.text()).doesNotContain("About networks");
        Element onIndex = page("basics/networks/index.html").selectFirst("nav.md-nav--primary a.md-nav__link--index");
        assertThat(onIndex.hasClass("md-nav__link--active")).isTrue();
        assertThat(onIndex.attr("aria-current")).isEqualTo("page");
    }

    @Test
    void theHeaderShowsTheLogoTheRepositoryAndTheFavicon() throws IOException {
        Document threats = page("basics/threats/index.html");
        assertThat(threats.selectFirst("a.md-logo img").attr("src")).isEqualTo("../../assets/brand/logo.svg");
        assertThat(threats.selectFirst("link[rel=icon]").attr("href")).isEqualTo("../../assets/brand/favicon.png");
        Element repository = threats.selectFirst(".md-header a.md-source");
        assertThat(repository.attr("href")).isEqualTo("https://github.com/example/guides");
        assertThat(repository.text()).isEqualTo("GitHub");
        assertThat(repository.select("svg")).hasSize(1);
        assertThat(out.resolve("assets/brand/logo.svg")).isRegularFile();
    }

    @Test
    void theFooterHasTheSocialLinksWithTheirIconsAndASafeCopyright() throws IOException {
        Element footer = page("index.html").selectFirst("footer.md-footer");
        Element mastodon = footer.selectFirst("a.md-social__link");
        assertThat(mastodon.attr("href")).isEqualTo("https://mastodon.example/@guides");
        assertThat(mastodon.attr("title")).isEqualTo("Mastodon");
        assertThat(mastodon.selectFirst("svg").html()).contains("<path");
        assertThat(footer.select("a.md-social__link")).as("the javascript: link is left out").hasSize(1);
        Element copyright = footer.selectFirst(".md-copyright");
        assertThat(copyright.text()).startsWith("Copyright © 2026 Example");
        assertThat(copyright.selectFirst("a").attributes().asList()).hasSize(1);
        assertThat(copyright.selectFirst("a").attr("href")).isEqualTo("https://example.org/");
        assertThat(copyright.select("script, img")).isEmpty();
    }

    @Test
    void titleDescriptionCanonicalAndOpenGraphComeFromFrontMatterAndSiteUrl() throws IOException {
        Document page = page("tools/messengers/index.html");
        assertThat(page.title()).isEqualTo("The Best Private Instant Messengers - Config Guides");
        assertThat(page.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("Encrypted messengers keep your communications secure.");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://guides.example.org/en/tools/messengers/");
        assertThat(page.selectFirst("meta[property=og:url]").attr("content"))
                .isEqualTo("https://guides.example.org/en/tools/messengers/");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
                .isEqualTo("The Best Private Instant Messengers - Config Guides");
        assertThat(page.selectFirst("meta[property=og:description]").attr("content"))
                .isEqualTo("Encrypted messengers keep your communications secure.");
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(page.selectFirst("meta[property=og:site_name]").attr("content")).isEqualTo("Config Guides");
        assertThat(page("basics/networks/tor/index.html").selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("Guides configured like a Material site");
    }

    @Test
    void extraCssAndJavascriptAreLinkedFromEveryPageButNeverFromAnotherHost() throws IOException {
        Document tor = page("basics/networks/tor/index.html");
        assertThat(tor.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("../../../_folio/folio.css", "../../../assets/stylesheets/extra.css?v=20260303");
        Element script = tor.selectFirst("script[src*=feedback]");
        assertThat(script.attr("src")).isEqualTo("../../../assets/javascripts/feedback.js?v=1");
        assertThat(script.hasAttr("defer")).isTrue();
        assertThat(page("index.html").selectFirst("link[href*=extra.css]").attr("href"))
                .isEqualTo("assets/stylesheets/extra.css?v=20260303");
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("cdn.example.com");
        assertThat(diagnostics).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("external-asset");
            assertThat(d.message()).contains("https://cdn.example.com/tracker.css");
        });
        assertThat(diagnostics).noneMatch(d -> d.code().equals("broken-link"));
    }
}
