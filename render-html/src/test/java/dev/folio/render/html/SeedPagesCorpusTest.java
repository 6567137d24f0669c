package dev.folio.render.html;

import dev.folio.model.Diagnostics;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.FootnoteReference;
import dev.folio.model.doc.HtmlContainer;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Node;
import dev.folio.model.doc.Traversal;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import org.jsoup.Jsoup;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five seed pages (he, ru, uk-legacy, zh-Hant, nl) through the real parser and this renderer,
 * compared with the structures MkDocs Material gives them (html-structures.md). Runs in the
 * {@code corpus} profile; each check waits until the parser produces the nodes it is about.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPagesCorpusTest {
    private static final List<String> SEEDS = List.of("he", "ru", "uk-legacy", "zh-Hant", "nl");

    private final Map<String, Page> pages = new LinkedHashMap<>();
    private Path out;

    @BeforeAll
    void renderSeeds(@TempDir Path temp) throws IOException {
        String corpus = System.getProperty("folio.corpus");
        assumeTrue(corpus != null, "the corpus is not available (profile corpus)");
        Path seeds = Path.of(corpus, "seeds");
        List<Language> languages = new ArrayList<>();
        List<Page> all = new ArrayList<>();
        for (String seed : SEEDS) {
            String language = seed.equals("uk-legacy") ? "uk" : seed;
            Page page = FolioParser.builder().language(language).build()
                    .parse(seeds.resolve(seed + ".real-time-communication.md"));
            pages.put(seed, page);
            all.add(page);
            languages.add(Language.of(language));
        }
        SiteConfig config = new SiteConfig("Privacy Guides", "", "", "", languages, "he", UrlStyle.DIRECTORY, Map.of());
        Site site = new Site(config, all, Map.of(), Map.of(), List.of());
        out = temp.resolve("site");
        new HtmlRenderer().render(site, new RenderContext(seeds, out, Instant.EPOCH, Map.of(), new Diagnostics()));
    }

    private Element article(String seed) throws IOException {
        Page page = pages.get(seed);
        Path file = out.resolve(page.language()).resolve(page.outputPath());
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8))
                .selectFirst("article.md-content__inner.md-typeset");
    }

    private void assumeParsed(String seed, Class<? extends Node> type) {
        boolean present = Traversal.nodes(pages.get(seed).document()).anyMatch(type::isInstance);
        assumeTrue(present, "the parser does not produce " + type.getSimpleName() + " for " + seed + " yet");
    }

    @Test
    void everySeedIsWrittenWithItsLanguageAndDirection() throws IOException {
        for (String seed : SEEDS) {
            Page page = pages.get(seed);
            Element html = Jsoup.parse(Files.readString(out.resolve(page.language()).resolve(page.outputPath()),
                    StandardCharsets.UTF_8)).selectFirst("html");
            assertThat(html.attr("lang")).isEqualTo(page.language());
            assertThat(html.attr("dir")).isEqualTo(seed.equals("he") ? "rtl" : "ltr");
            assertThat(article(seed).select("h2, h3").size()).as(seed).isGreaterThan(3);
        }
    }

    @Test
    void theUnknownCyrillicAdmonitionTypeIsKeptVerbatim() throws IOException {
        assumeParsed("uk-legacy", Admonition.class);
        Element admonition = article("uk-legacy").selectFirst("div.admonition.рекомендації");
        assertThat(admonition).isNotNull();
        assertThat(admonition.child(0).is("p.admonition-title")).isTrue();
        assertThat(admonition.child(0).text()).isEqualTo("Рекомендації");
        Element downloads = admonition.selectFirst("details.downloads");
        assertThat(downloads.child(0).tagName()).isEqualTo("summary");
        assertThat(downloads.child(0).text()).isEqualTo("Downloads");
    }

    @Test
    void markdownDivsAreAdmonitionsWithoutGeneratedTitle() throws IOException {
        assumeParsed("zh-Hant", HtmlContainer.class);
        Element recommendation = article("zh-Hant").selectFirst("div.admonition.recommendation");
        assertThat(recommendation).isNotNull();
        assertThat(recommendation.hasAttr("markdown")).isFalse();
        assertThat(recommendation.select("> p.admonition-title")).isEmpty();
        assertThat(recommendation.selectFirst("details.downloads > summary").text()).isEqualTo("Downloads");
    }

    @Test
    void iconsAndAttributeListsOnLinks() throws IOException {
        assumeParsed("zh-Hant", Icon.class);
        Element article = article("zh-Hant");
        Element button = article.selectFirst("a.md-button.md-button--primary");
        assertThat(button.selectFirst("span.twemoji > svg")).isNotNull();
        assertThat(article.selectFirst("a.card-link[title=Privacy Policy]")).isNotNull();
        assertThat(article.selectFirst("a[href=https://signal.org/download/windows] span.twemoji > svg")).isNotNull();
    }

    @Test
    void footnotesHaveTheirListAndBackReferences() throws IOException {
        assumeParsed("ru", FootnoteReference.class);
        Element article = article("ru");
        assertThat(article.select("sup[id^=fnref] > a.footnote-ref[href=#fn:1]")).hasSizeGreaterThanOrEqualTo(5);
        Element list = article.selectFirst("div.footnote > ol");
        assertThat(list.select("> li#fn\\:1 a.footnote-backref")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(list.select("> li#fn\\:2")).hasSize(1);
    }

    @Test
    void nonLatinHeadingsGetMkDocsNumberedIds() throws IOException {
        assertThat(article("he").selectFirst("h2").id()).isEqualTo("_1");
        assertThat(article("nl").select("h2").eachAttr("id")).contains("versleutelde-messengers");
    }
}
