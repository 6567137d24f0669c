package dev.folio.render.html;

import dev.folio.model.Diagnostics;
import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.LanguageLayout;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Document;
import dev.folio.model.render.RenderContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SitemapTest {
    @Test
    void aSiteWithAUrlGetsASitemapWithLanguageAlternatesAndAbsoluteCanonicalLinks(@TempDir Path temp)
            throws IOException {
        SiteConfig config = new SiteConfig("Guides", "https://guides.example/", "", "",
                List.of(Language.of("en"), Language.of("he")), "en", UrlStyle.DIRECTORY, Map.of());
        Site site = new Site(config, List.of(page("en", "index.md"), page("en", "about.md"), page("he", "about.md")),
                Map.of(), Map.of(), List.of());
        new HtmlRenderer().render(site, RenderContext.builder(temp, temp.resolve("out")).buildTime(Instant.parse("2026-03-04T05:06:07Z")).options(Map.of()).diagnostics(new Diagnostics()).build());

        org.jsoup.nodes.Document sitemap = Jsoup.parse(Files.readString(temp.resolve("out/sitemap.xml"),
                StandardCharsets.UTF_8), "", Parser.xmlParser());
        sitemap.outputSettings(new OutputSettings().prettyPrint(false));
        assertThat(sitemap.select("url > loc").eachText()).containsExactly("https://guides.example/en/",
                "https://guides.example/en/about/", "https://guides.example/he/about/");
        Element about = sitemap.select("url").get(1);
        assertThat(about.select("xhtml|link").eachAttr("hreflang")).containsExactly("en", "he");
        assertThat(about.selectFirst("lastmod").text()).isEqualTo("2026-03-04");

        org.jsoup.nodes.Document hebrew = Jsoup.parse(Files.readString(temp.resolve("out/he/about/index.html"),
                StandardCharsets.UTF_8));
        assertThat(hebrew.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://guides.example/he/about/");
        org.jsoup.nodes.Document notFound = Jsoup.parse(Files.readString(temp.resolve("out/404.html"),
                StandardCharsets.UTF_8));
        assertThat(notFound.selectFirst("link[rel=stylesheet]").attr("href"))
                .isEqualTo("/_folio/folio.css");
    }

    @Test
    void aSiteUrlEndingInALanguageFolderAsMkDocsPerLanguageBuildsHaveIsTheRootsChild(@TempDir Path temp)
            throws IOException {
        SiteConfig config = new SiteConfig("Guides", "https://www.guides.example/en/", "", "",
                List.of(Language.of("en"), Language.of("he")), "en", UrlStyle.DIRECTORY, Map.of());
        Site site = new Site(config, List.of(page("en", "about.md"), page("he", "about.md")), Map.of(), Map.of(),
                List.of());
        new HtmlRenderer().render(site, RenderContext.builder(temp, temp.resolve("out")).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());
        org.jsoup.nodes.Document hebrew = Jsoup.parse(Files.readString(temp.resolve("out/he/about/index.html"),
                StandardCharsets.UTF_8));
        assertThat(hebrew.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://www.guides.example/he/about/");
    }

    @Test
    void aSiteInOneLanguageAtAUrlWithAPathIsPublishedAtTheRootWithThatPathInEveryAbsoluteUrl(@TempDir Path temp)
            throws IOException {
        for (UrlStyle style : UrlStyle.values()) {
            SiteConfig config = new SiteConfig("Guides", "https://example.org/docs/", "", "", List.of(Language.of("en")),
                    "en", style, Map.of(), LanguageLayout.PRIMARY_AT_ROOT);
            Site site = new Site(config, List.of(page("en", "index.md", style), page("en", "about.md", style)), Map.of(),
                    Map.of(), List.of());
            Path out = temp.resolve(style.name());
            new HtmlRenderer().render(site, RenderContext.builder(temp, out).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());

            // As MkDocs writes them: without directory URLs, the home page is index.html.
            String home = style == UrlStyle.DIRECTORY ? "" : "index.html";
            String about = style == UrlStyle.DIRECTORY ? "about/" : "about.html";
            byte[] xml = Files.readAllBytes(out.resolve("sitemap.xml"));
            org.jsoup.nodes.Document sitemap = Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "",
                    Parser.xmlParser());
            assertThat(sitemap.select("url > loc").eachText()).as(style.name())
                    .containsExactly("https://example.org/docs/" + home, "https://example.org/docs/" + about);
            try (var gzip = new java.util.zip.GZIPInputStream(Files.newInputStream(out.resolve("sitemap.xml.gz")))) {
                assertThat(gzip.readAllBytes()).as("sitemap.xml.gz").isEqualTo(xml);
            }
            org.jsoup.nodes.Document page = Jsoup.parse(out.resolve(style == UrlStyle.DIRECTORY ? "about/index.html"
                    : "about.html").toFile(), "UTF-8");
            assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/docs/" + about);
            assertThat(out.resolve("en")).as("no language folder").doesNotExist();
            org.jsoup.nodes.Document notFound = Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8");
            assertThat(notFound.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/docs/_folio/folio.css");
            assertThat(notFound.selectFirst("a.md-header__button.md-logo").attr("href")).isEqualTo("/docs/");
        }
    }

    @Test
    void aSiteWithoutUrlGetsASitemapListingNothingAsMkDocsWritesIt(@TempDir Path temp) throws IOException {
        Site site = new Site(SiteConfig.named("Guides", "en"), List.of(page("en", "index.md")), Map.of(), Map.of(),
                List.of());
        new HtmlRenderer().render(site, RenderContext.builder(temp, temp.resolve("out")).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());
        assertThat(temp.resolve("out/sitemap.xml")).hasContent("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                </urlset>""");
        assertThat(temp.resolve("out/sitemap.xml.gz")).isNotEmptyFile();
    }

    private static Page page(String language, String sourcePath) {
        return page(language, sourcePath, UrlStyle.DIRECTORY);
    }

    private static Page page(String language, String sourcePath, UrlStyle style) {
        return new Page(sourcePath, sourcePath, style.outputPath(sourcePath), language, FrontMatter.EMPTY,
                Document.EMPTY, List.of());
    }
}
