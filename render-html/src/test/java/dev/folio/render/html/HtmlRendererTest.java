package dev.folio.render.html;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
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
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders the three-language {@link TestSite} once and checks what a reader of the output would see. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlRendererTest {
    private Path out;
    private RenderResult result;
    private List<Diagnostic> diagnostics;

    @BeforeAll
    void renderTheSite(@TempDir Path temp) throws IOException {
        Site site = TestSite.create(temp.resolve("project"));
        out = temp.resolve("site");
        Diagnostics sink = new Diagnostics();
        result = new HtmlRenderer().render(site, RenderContext.builder(temp.resolve("project"), out).buildTime(Instant.parse("2026-01-01T00:00:00Z")).options(Map.of()).diagnostics(sink).build());
        diagnostics = sink.sorted();
    }

    private Document page(String path) throws IOException {
        Path file = out.resolve(path);
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Element article(Document page) {
        return page.selectFirst("article.md-content__inner.md-typeset");
    }

    @Test
    void isFoundByServiceLoaderAsHtml() {
        assertThat(ServiceLoader.load(Renderer.class).stream().map(p -> p.get().format())).contains("html");
    }

    @Test
    void writesOneFolderPerLanguageARootIndexA404AndTheAssets() {
        assertThat(out.resolve("en/index.html")).isRegularFile();
        assertThat(out.resolve("en/basics/threats/index.html")).isRegularFile();
        assertThat(out.resolve("en/advanced/network/tor/index.html")).isRegularFile();
        assertThat(out.resolve("he/basics/threats/index.html")).isRegularFile();
        assertThat(out.resolve("zh-Hant/index.html")).isRegularFile();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("404.html")).isRegularFile();
        assertThat(out.resolve("_folio/folio.css")).isRegularFile();
        assertThat(out.resolve("_folio/folio.js")).isRegularFile();
        assertThat(out.resolve("en/assets/img/logo.svg")).isRegularFile();
        assertThat(out.resolve("en/.hidden")).doesNotExist();
        assertThat(out.resolve("en/index.md")).doesNotExist();
        assertThat(result.summary()).startsWith("7 pages in 3 languages");
        assertThat(result.files()).allMatch(file -> file.startsWith(out.toAbsolutePath()));
    }

    @Test
    void titleAndDescriptionComeFromFrontMatter() throws IOException {
        Document threats = page("en/basics/threats/index.html");
        assertThat(threats.title()).isEqualTo("Threats - " + TestSite.NAME);
        assertThat(threats.selectFirst("meta[name=description]").attr("content")).isEqualTo("About basics/threats.md");
        assertThat(article(threats).child(0).tagName()).isEqualTo("h1");
        assertThat(article(threats).child(0).text()).isEqualTo("Threats");
        Document tor = page("en/advanced/network/tor/index.html");
        assertThat(article(tor).select("h1")).hasSize(1);
        assertThat(article(tor).selectFirst("h1").text()).isEqualTo("Tor overview");
    }

    @Nested
    class Content {
        @Test
        void admonitionsHaveMaterialsStructure() throws IOException {
            Element article = article(page("en/basics/threats/index.html"));
            Element note = article.selectFirst("div.admonition.note");
            assertThat(note.child(0).className()).isEqualTo("admonition-title");
            assertThat(note.child(0).text()).isEqualTo("Note");
            assertThat(article.selectFirst("div.admonition.warning").select("p.admonition-title")).isEmpty();
        }

        @Test
        void collapsibleBlocksAreDetailsWithSummary() throws IOException {
            Element article = article(page("en/basics/threats/index.html"));
            Element downloads = article.selectFirst("details.downloads");
            assertThat(downloads.child(0).tagName()).isEqualTo("summary");
            assertThat(downloads.child(0).text()).isEqualTo("Downloads");
            assertThat(downloads.hasAttr("open")).isFalse();
            assertThat(article.selectFirst("details.example").attr("open")).isEqualTo("open");
        }

        @Test
        void markdownHtmlContainersKeepTheirElementAndAttributes() throws IOException {
            Element grid = article(page("en/basics/threats/index.html")).selectFirst("div.grid.cards");
            assertThat(grid.hasAttr("markdown")).isFalse();
            Element details = grid.selectFirst("details.downloads");
            assertThat(details.child(0).tagName()).isEqualTo("summary");
            assertThat(details.child(0).text()).isEqualTo("More");
        }

        @Test
        void footnotesAreNumberedWithBackReferences() throws IOException {
            Element article = article(page("en/basics/threats/index.html"));
            assertThat(article.select("sup#fnref\\:1 > a.footnote-ref").attr("href")).isEqualTo("#fn:1");
            assertThat(article.select("sup#fnref2\\:1")).hasSize(1);
            Element note = article.selectFirst("div.footnote > ol > li#fn\\:1");
            assertThat(note.select("p > a.footnote-backref").eachAttr("href")).containsExactly("#fnref:1", "#fnref2:1");
            assertThat(article.children().last()).isSameAs(article.selectFirst("div.footnote"));
        }

        @Test
        void iconsAreInlinedSvgsFromTheRealIconSets() throws IOException {
            Element article = article(page("en/basics/threats/index.html"));
            Element button = article.selectFirst("a.md-button");
            assertThat(button.selectFirst("span.twemoji > svg")).isNotNull();
            assertThat(button.text()).isEqualTo("Homepage");
            assertThat(article.selectFirst("details.downloads a[href=https://signal.org/] span.twemoji > svg")).isNotNull();
        }

        @Test
        void anUnknownIconStaysAsTextAndIsReported() throws IOException {
            Element article = article(page("en/basics/threats/index.html"));
            assertThat(article.selectFirst("div.grid details.downloads p").text()).isEqualTo("Hidden :simple-windows11:");
            assertThat(diagnostics).anySatisfy(d -> {
                assertThat(d.code()).isEqualTo("unknown-icon");
                assertThat(d.toString()).startsWith("docs/basics/threats.md:").contains(":simple-windows11:");
            });
        }

        @Test
        void attributeListsAreWrittenInAlphabeticalOrderAsMkDocsDoes() throws IOException {
            Element article = article(page("en/basics/threats/index.html"));
            Element button = article.selectFirst("a.md-button");
            assertThat(button.attr("class")).isEqualTo("md-button md-button--primary");
            Element image = article.selectFirst("div.grid img");
            assertThat(image.attributes().asList().stream().map(Attribute::getKey)).containsExactly("align", "alt", "src");
            Element cardLink = article.selectFirst("a.card-link");
            assertThat(cardLink.attributes().asList().stream().map(Attribute::getKey))
                    .containsExactly("class", "href", "title");
        }

        @Test
        void headingsKeepTheirIdsAndFeedTheTableOfContents() throws IOException {
            Document threats = page("en/basics/threats/index.html");
            assertThat(article(threats).select("h2#threat-model")).hasSize(1);
            Element toc = threats.selectFirst("nav.md-nav--secondary");
            assertThat(toc.select("> ul > li > a").eachAttr("href")).containsExactly("#threat-model");
            assertThat(toc.select("> ul > li > ul > li > a").eachAttr("href")).containsExactly("#adversaries");
        }
    }

    @Nested
    class EveryConstruct {
        private Element reference() throws IOException {
            return article(page("en/reference/index.html"));
        }

        @Test
        void tabsAreRadioButtonsLabelsAndBlocks() throws IOException {
            Element tabs = reference().selectFirst("div.tabbed-set.tabbed-alternate");
            assertThat(tabs.attr("data-tabs")).isEqualTo("1:2");
            assertThat(tabs.select("> input[type=radio][name=__tabbed_1]").eachAttr("id"))
                    .containsExactly("__tabbed_1_1", "__tabbed_1_2");
            assertThat(tabs.selectFirst("> input").attr("checked")).isEqualTo("checked");
            assertThat(tabs.select("> div.tabbed-labels > label").eachAttr("for"))
                    .containsExactly("__tabbed_1_1", "__tabbed_1_2");
            assertThat(tabs.select("> div.tabbed-content > div.tabbed-block")).hasSize(2);
        }

        @Test
        void tablesCodeAndDiagrams() throws IOException {
            Element reference = reference();
            assertThat(reference.select("table > thead > tr > th").eachText()).containsExactly("App", "Score");
            assertThat(reference.selectFirst("table > tbody td[style]").attr("style")).isEqualTo("text-align: left;");
            Element code = reference.selectFirst("div.highlight:has(span.filename)");
            assertThat(code.selectFirst("span.filename").text()).isEqualTo("Hello.java");
            assertThat(code.selectFirst("pre > code").wholeText()).isEqualTo("class Hello { String s = \"<b>\"; }\n");
            assertThat(reference.selectFirst("pre.mermaid > code").wholeText()).startsWith("graph LR");
        }

        @Test
        void inlineConstructs() throws IOException {
            Element reference = reference();
            assertThat(reference.select("span.keys > kbd").eachAttr("class"))
                    .containsExactly("key-control", "key-alt", "key-delete");
            assertThat(reference.select("span.keys > kbd").eachText()).containsExactly("Ctrl", "Alt", "Del");
            assertThat(reference.selectFirst("abbr").attr("title")).isEqualTo("End-to-End Encryption");
            // Material's to_svg: Twemoji's image, served by the site itself (no CDN).
            assertThat(reference.select("img.twemoji").eachAttr("alt")).containsExactly("😄", "🇺🇸");
            assertThat(reference.select("img.twemoji").eachAttr("title")).containsExactly(":smile:", ":us:");
            assertThat(reference.selectFirst("img.twemoji").attr("src")).isEqualTo("../../_folio/twemoji/1f604.svg");
            assertThat(out.resolve("_folio/twemoji/1f604.svg")).content().startsWith("<svg");
            assertThat(out.resolve("_folio/twemoji/NOTICE")).content().contains("CC-BY 4.0");
            // An emoji without Unicode has no image: its shortcode is its text.
            assertThat(reference.selectFirst("span.emoji").text()).isEqualTo(":octocat:");
            assertThat(reference.select("mark, ins, del, sup, sub, em, strong, br, code")).hasSizeGreaterThanOrEqualTo(9);
            assertThat(reference.selectFirst("p > code").text()).isEqualTo("a < b");
            assertThat(reference.selectFirst("small.raw")).isNotNull();
            assertThat(reference.selectFirst("div.raw-block").attr("data-x")).isEqualTo("1");
        }

        @Test
        void listsQuotesAndMath() throws IOException {
            Element reference = reference();
            Element tasks = reference.selectFirst("ul.task-list");
            assertThat(tasks.select("> li.task-list-item")).hasSize(2);
            assertThat(tasks.select("label.task-list-control > input[type=checkbox][disabled]")).hasSize(2);
            assertThat(tasks.select("input[checked]")).hasSize(1);
            assertThat(reference.selectFirst("ol").attr("start")).isEqualTo("3");
            assertThat(reference.selectFirst("ol > li").className()).isEqualTo("pg-blue");
            assertThat(reference.selectFirst("dl > dt").text()).isEqualTo("Term");
            assertThat(reference.selectFirst("dl > dd").text()).isEqualTo("Definition");
            assertThat(reference.selectFirst("blockquote > p").text()).isEqualTo("Quoted.");
            assertThat(reference.select("hr")).hasSize(1);
            assertThat(reference.selectFirst("div.arithmatex").wholeText()).isEqualTo("\\[E = mc^2\\]");
        }
    }

    @Nested
    class Links {
        @Test
        void pageLinksAreRelativeToTheOutputPageAtEveryDepth() throws IOException {
            Element threats = article(page("en/basics/threats/index.html"));
            assertThat(threats.selectFirst("a:contains(Tor)").attr("href")).isEqualTo("../../advanced/network/tor/#circuits");
            Element tor = article(page("en/advanced/network/tor/index.html"));
            assertThat(tor.selectFirst("a:contains(threats)").attr("href")).isEqualTo("../../../basics/threats/#adversaries");
            assertThat(tor.selectFirst("a:contains(home)").attr("href")).isEqualTo("../../../");
        }

        @Test
        void imagesPointAtTheCopiedAsset() throws IOException {
            assertThat(article(page("en/advanced/network/tor/index.html")).selectFirst("img[alt=Logo]").attr("src"))
                    .isEqualTo("../../../assets/img/logo.svg");
            assertThat(article(page("en/basics/threats/index.html")).selectFirst("img[alt=Logo]").attr("src"))
                    .isEqualTo("../../assets/img/logo.svg");
        }

        @Test
        void aBrokenLinkIsLeftAsWrittenAndReportedWithItsPosition() throws IOException {
            Element threats = article(page("en/basics/threats/index.html"));
            assertThat(threats.selectFirst("a:contains(a missing page)").attr("href")).isEqualTo("missing.md");
            assertThat(diagnostics).anySatisfy(d -> {
                assertThat(d.code()).isEqualTo("broken-link");
                assertThat(d.position().file()).isEqualTo("docs/basics/threats.md");
                assertThat(d.position().line()).isPositive();
                assertThat(d.message()).contains("missing.md");
            });
        }

        @Test
        void aLinkLeavingTheDocsFolderIsNotFollowed() throws IOException {
            Element tor = article(page("en/advanced/network/tor/index.html"));
            assertThat(tor.selectFirst("img[alt=Outside]").attr("src")).isEqualTo("../../../outside.png");
            assertThat(diagnostics).anyMatch(d -> d.code().equals("link-outside-site")
                    && d.position().file().equals("docs/advanced/network/tor.md"));
        }

        @Test
        void theRootIndexIsTheHomePageLinkingIntoTheDefaultLanguage() throws IOException {
            Document root = page("index.html");
            assertThat(root.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(root.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("en/");
            assertThat(article(root).selectFirst("a:contains(threats)").attr("href")).isEqualTo("en/basics/threats/");
            assertThat(root.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("_folio/folio.css");
            assertThat(root.select("nav.md-nav--primary a.md-nav__link").eachAttr("href"))
                    .contains("en/", "en/basics/threats/");
        }
    }

    @Nested
    class Languages {
        @Test
        void theLanguageSwitcherLinksToTheSamePageInEachLanguage() throws IOException {
            Document threats = page("en/basics/threats/index.html");
            assertThat(threats.selectFirst("a.md-select__link[hreflang=he]").attr("href"))
                    .isEqualTo("../../../he/basics/threats/");
            assertThat(threats.selectFirst("a.md-select__link[hreflang=zh-Hant]").attr("href"))
                    .isEqualTo("../../../zh-Hant/basics/threats/");
            assertThat(threats.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en", "he");
        }

        @Test
        void hebrewPagesAreRightToLeft() throws IOException {
            Document hebrew = page("he/basics/threats/index.html");
            assertThat(hebrew.selectFirst("html").attr("lang")).isEqualTo("he");
            assertThat(hebrew.selectFirst("html").attr("dir")).isEqualTo("rtl");
            assertThat(page("zh-Hant/index.html").selectFirst("html").attr("dir")).isEqualTo("ltr");
        }

        @Test
        void translatedHeadingsAlsoCarryThePrimaryLanguagesAnchors() throws IOException {
            Element hebrew = article(page("he/basics/threats/index.html"));
            assertThat(hebrew.selectFirst("h2#_1 > span.folio-anchor").id()).isEqualTo("threat-model");
            assertThat(hebrew.selectFirst("h3#_2 > span.folio-anchor").id()).isEqualTo("adversaries");
            assertThat(hebrew.selectFirst("h2").text()).isEqualTo("מודל איומים");
            assertThat(hebrew.selectFirst("a:contains(למה)").attr("href")).isEqualTo("../../#why");
            assertThat(diagnostics).noneMatch(d -> d.code().equals("missing-anchor") && d.message().contains("#why"));
        }

        @Test
        void aLinkToAMissingAnchorIsReported() {
            assertThat(diagnostics).anySatisfy(d -> {
                assertThat(d.code()).isEqualTo("missing-anchor");
                assertThat(d.position().file()).isEqualTo("i18n/he/basics/threats.md");
                assertThat(d.message()).contains("nowhere");
            });
            assertThat(diagnostics).filteredOn(d -> d.code().equals("missing-anchor")).hasSize(1);
        }

        @Test
        void aPageMissingInATranslationIsShownInTheDefaultLanguageWithANotice() throws IOException {
            Document hebrew = page("he/basics/threats/index.html");
            assertThat(hebrew.selectFirst("nav.md-nav--primary a:contains(Tor)").attr("href"))
                    .isEqualTo("../../advanced/network/tor/");
            Document fallback = page("he/advanced/network/tor/index.html");
            assertThat(fallback.selectFirst("html").attr("dir")).isEqualTo("rtl");
            assertThat(fallback.selectFirst("p.md-fallback-notice").text()).isEqualTo("דף זה טרם תורגם. הוא מוצג בשפת המקור.");
            Element article = article(fallback);
            assertThat(article.attr("lang")).isEqualTo("en");
            assertThat(article.attr("dir")).isEqualTo("ltr");
            assertThat(article.selectFirst("h1").text()).isEqualTo("Tor overview");
            assertThat(article.selectFirst("a:contains(threats)").attr("href")).isEqualTo("../../../basics/threats/#adversaries");
            assertThat(fallback.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("../../../../en/advanced/network/tor/");
            assertThat(fallback.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en");
        }

        @Test
        void aFallbackPageDoesNotRepeatTheOriginalsDiagnostics() {
            assertThat(diagnostics).filteredOn(d -> d.code().equals("link-outside-site")).hasSize(1);
            assertThat(result.summary()).contains("untranslated");
        }
    }

    @Nested
    class Navigation {
        @Test
        void followsTheNavigationTreeAndMarksTheCurrentPage() throws IOException {
            Document threats = page("en/basics/threats/index.html");
            Element nav = threats.selectFirst("nav.md-nav--primary");
            assertThat(nav.select("a.md-nav__link").eachText()).containsExactly("Home", "Threats", "Tor", "Forum");
            assertThat(nav.select(".md-nav__section").eachText()).containsExactly("Basics", "Advanced");
            assertThat(nav.select("a.md-nav__link--active").eachText()).containsExactly("Threats");
            assertThat(nav.selectFirst("a:contains(Forum)").attr("href")).isEqualTo("https://forum.example.org/");
        }

        @Test
        void withoutMaterialsNavigationFeaturesSectionsCollapseAndThereAreNoTabs() throws IOException {
            Document threats = page("en/basics/threats/index.html");
            assertThat(threats.select("nav.md-tabs")).isEmpty();
            assertThat(threats.select("details.md-nav__details[open] > summary").eachText()).containsExactly("Basics");
            assertThat(threats.select("details.md-nav__details:not([open]) > summary").eachText())
                    .containsExactly("Advanced");
        }

        @Test
        void theHeaderHasMaterialsDefaultLogoAndNoRepositoryWhenNoneIsConfigured() throws IOException {
            Document home = page("en/index.html");
            assertThat(home.selectFirst("a.md-logo").attr("href")).isEqualTo("./");
            assertThat(home.select("a.md-logo > svg")).hasSize(1);
            assertThat(home.select(".md-source, .md-social, link[rel=icon]")).isEmpty();
        }

        @Test
        void previousAndNextFollowTheNavigationOrder() throws IOException {
            Document threats = page("en/basics/threats/index.html");
            assertThat(threats.selectFirst("a.md-footer__link--prev").attr("href")).isEqualTo("../../");
            assertThat(threats.selectFirst("a.md-footer__link--next").attr("href")).isEqualTo("../../advanced/network/tor/");
            assertThat(threats.selectFirst("a.md-footer__link--next .md-footer__title").text()).isEqualTo("Tor overview");
            assertThat(page("en/index.html").select("a.md-footer__link--prev")).isEmpty();
        }

        @Test
        void frontMatterCanHideTheTableOfContents() throws IOException {
            assertThat(page("en/index.html").select("nav.md-nav--secondary")).isEmpty();
            assertThat(article(page("en/index.html")).select("h2#why")).hasSize(1);
        }

        @Test
        void theFooterShowsTheCopyright() throws IOException {
            assertThat(page("en/index.html").selectFirst(".md-copyright").text()).isEqualTo("© 2026 Test");
        }
    }

    @Nested
    class Escaping {
        @Test
        void hostileTextStaysText() throws IOException {
            Element home = article(page("en/index.html"));
            assertThat(home.select("script")).isEmpty();
            assertThat(home.text()).contains("Because <script>alert('x')</script> & more");
        }

        @Test
        void hostileAttributeValuesStayInsideTheirAttribute() throws IOException {
            Element article = article(page("en/basics/threats/index.html"));
            Element link = article.selectFirst("a.card-link");
            assertThat(link.attr("href")).isEqualTo("https://x.example/\"><script>");
            assertThat(link.attr("title")).isEqualTo("Privacy \"Policy\" <b>");
            assertThat(article.select("script, b")).isEmpty();
        }
    }
}
