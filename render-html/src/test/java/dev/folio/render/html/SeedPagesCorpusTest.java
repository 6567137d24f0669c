package dev.folio.render.html;

import dev.folio.model.Diagnostics;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
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
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five seed pages (he, ru, uk-legacy, zh-Hant, nl) and a probe page of the constructs the seeds lack,
 * through the real parser and this renderer, compared element by element with the HTML MkDocs Material
 * writes for them: each expected fragment below is copied from {@code ../shared/spec/html-structures.md}
 * (section in the comment) and must appear verbatim in the article, with inlined SVG bodies shown as
 * {@code <svg…/>} as the spec does. Runs in the {@code corpus} profile.
 *
 * <p>Deliberate differences, applied to the spec's text by {@link #DELIBERATE} and nowhere else:
 * <ul>
 *   <li>Footnote reference ids follow document order ({@code fnref:1}, {@code fnref2:1}, …), not
 *       Python-Markdown's container-last processing order; ids are compared with their counter removed.</li>
 *   <li>{@code **x **} (a space before the closing marks) follows CommonMark: the asterisks stay text.
 *       ({@code * *x* *} is read as Python-Markdown reads it, {@code <em> </em>} around the word.)</li>
 *   <li>Level-1 headings take no {@code _N} (Material writes no id on {@code <h1>} either).</li>
 *   <li>{@code :smile:} is an inlined Twemoji SVG, not an {@code <img>} from a CDN (the site makes no
 *       request to another host); the probe does not use it.</li>
 * </ul>
 * The seeds are parsed with the English abbreviation file appended, as the {@code seeds} build of the spec
 * (pymdownx.snippets auto_append).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPagesCorpusTest {
    private static final List<String> SEEDS = List.of("he", "ru", "uk-legacy", "zh-Hant", "nl");
    private static final Pattern SVG = Pattern.compile("<svg[^>]*>.*?</svg>", Pattern.DOTALL);
    private static final Pattern FOOTNOTE_REFERENCE_ID = Pattern.compile("id=\"fnref\\d*:");

    /** Spec text → what Folio writes instead, for the deliberate differences listed above. */
    private static final Map<String, String> DELIBERATE = Map.of();

    private final Map<String, Page> pages = new LinkedHashMap<>();
    private Path out;

    @BeforeAll
    void renderSeeds(@TempDir Path temp) throws IOException {
        String corpus = System.getProperty("folio.corpus");
        assumeTrue(corpus != null, "the corpus is not available (profile corpus)");
        Path seeds = Path.of(corpus, "seeds");
        String abbreviations = Files.readString(Path.of(corpus, "privacyguides/includes/abbreviations.en.txt"));
        List<Language> languages = new ArrayList<>();
        List<Page> all = new ArrayList<>();
        for (String seed : SEEDS) {
            String language = seed.equals("uk-legacy") ? "uk" : seed;
            String name = seed + ".real-time-communication.md";
            String markdown = Files.readString(seeds.resolve(name), StandardCharsets.UTF_8) + "\n" + abbreviations;
            Page page = FolioParser.builder().language(language).build().parse(markdown, name);
            pages.put(seed, page);
            all.add(page);
            languages.add(Language.of(language));
        }
        Page probe = FolioParser.builder().language("nl").build().parse(PROBE, "probe.md");
        pages.put("probe", probe);
        all.add(probe);
        SiteConfig config = new SiteConfig("Privacy Guides", "", "", "", languages, "he", UrlStyle.DIRECTORY, Map.of());
        Site site = new Site(config, all, Map.of(), Map.of(), List.of());
        out = temp.resolve("site");
        new HtmlRenderer().render(site, RenderContext.builder(seeds, out).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());
    }

    private Path file(String seed) {
        Page page = pages.get(seed);
        return out.resolve(page.language()).resolve(page.outputPath());
    }

    private Element article(String seed) throws IOException {
        return Jsoup.parse(Files.readString(file(seed), StandardCharsets.UTF_8))
                .selectFirst("article.md-content__inner.md-typeset");
    }

    /** The article as written, SVG bodies shortened to {@code <svg…/>} and reference ids without their counter. */
    private String written(String seed) throws IOException {
        String html = Files.readString(file(seed), StandardCharsets.UTF_8);
        String article = html.substring(html.indexOf("<article"), html.indexOf("</article>"));
        return normalise(SVG.matcher(article).replaceAll("<svg…/>"));
    }

    private static String normalise(String html) {
        return FOOTNOTE_REFERENCE_ID.matcher(html).replaceAll("id=\"fnref:");
    }

    private void assertWritten(String seed, String specFragment) throws IOException {
        String expected = specFragment.strip();
        for (Map.Entry<String, String> difference : DELIBERATE.entrySet()) {
            expected = expected.replace(difference.getKey(), difference.getValue());
        }
        assertThat(written(seed)).as(seed).contains(normalise(expected));
    }

    @Test
    void everySeedIsWrittenWithItsLanguageAndDirection() throws IOException {
        for (String seed : SEEDS) {
            Page page = pages.get(seed);
            Element html = Jsoup.parse(Files.readString(file(seed), StandardCharsets.UTF_8)).selectFirst("html");
            assertThat(html.attr("lang")).isEqualTo(page.language());
            assertThat(html.attr("dir")).isEqualTo(seed.equals("he") ? "rtl" : "ltr");
        }
    }

    /** §1, §2: {@code !!!} with an unknown Cyrillic type, a {@code ???} inside, icons, attribute lists, abbreviations. */
    @Test
    void admonitionWithUnknownTypeAsMaterialWritesIt() throws IOException {
        assertWritten("uk-legacy", """
                <div class="admonition рекомендації">
                <p class="admonition-title">Рекомендації</p>
                <p><img align="right" alt="Signal logo" src="assets/img/messengers/signal.svg" /></p>
                <p><strong>Signal</strong> is a mobile app developed by Signal Messenger LLC. The app provides instant messaging, as well as voice and video calling.</p>
                <p>All communications are <abbr title="End-to-End Encryption/Encrypted">E2EE</abbr>. Contact lists are encrypted using your Signal PIN and the server does not have access to them. Personal profiles are also encrypted and only shared with contacts you chat with.</p>
                <p><a class="md-button md-button--primary" href="https://signal.org/"><span class="twemoji"><svg…/></span> Homepage</a>
                <a class="card-link" href="https://signal.org/legal/#privacy-policy" title="Privacy Policy"><span class="twemoji"><svg…/></span></a>
                <a class="card-link" href="https://support.signal.org/hc/en-us" title="Documentation"><span class="twemoji"><svg…/></span></a>
                <a class="card-link" href="https://github.com/signalapp" title="Source Code"><span class="twemoji"><svg…/></span></a>
                <a class="card-link" href="https://signal.org/donate/" title="Contribute"><span class="twemoji"><svg…/></span></a></p>
                <details class="downloads">
                <summary>Downloads</summary>
                <ul>
                <li><a href="https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms"><span class="twemoji"><svg…/></span> Google Play</a></li>
                <li><a href="https://apps.apple.com/app/id874139669"><span class="twemoji"><svg…/></span> App Store</a></li>
                <li><a href="https://signal.org/android/apk/"><span class="twemoji"><svg…/></span> Android</a></li>
                <li><a href="https://signal.org/download/windows">:simple-windows11: Windows</a></li>
                <li><a href="https://signal.org/download/macos"><span class="twemoji"><svg…/></span> macOS</a></li>
                <li><a href="https://signal.org/download/linux"><span class="twemoji"><svg…/></span> Linux</a></li>
                </ul>
                </details>
                </div>
                """);
    }

    /** §3, §4: md_in_html admonition divs and details, with footnote references. */
    @Test
    void markdownDivsAndDetailsAsMaterialWritesThem() throws IOException {
        assertWritten("zh-Hant", """
                <h3 id="signal">Signal</h3>
                <div class="admonition recommendation">
                <p><img align="right" alt="Signal logo" src="assets/img/messengers/signal.svg" /></p>
                <p><strong>Signal</strong> 是由Signal Messenger LLC開發的行動應用程式。 這款應用程式透過 Signal 協議來保護即時訊息和通話，它是極其安全的加密協議，支援前向保密<sup id="fnref5:1"><a class="footnote-ref" href="#fn:1">1</a></sup> 和洩露後安全性。<sup id="fnref2:2"><a class="footnote-ref" href="#fn:2">2</a></sup></p>
                <p><a class="md-button md-button--primary" href="https://signal.org/"><span class="twemoji"><svg…/></span> Homepage</a>
                <a class="card-link" href="https://signal.org/legal/#privacy-policy" title="Privacy Policy"><span class="twemoji"><svg…/></span></a>
                <a class="card-link" href="https://support.signal.org/hc/en-us" title="Documentation"><span class="twemoji"><svg…/></span></a>
                <a class="card-link" href="https://github.com/signalapp" title="Source Code"><span class="twemoji"><svg…/></span></a>
                <a class="card-link" href="https://signal.org/donate/" title="Contribute"><span class="twemoji"><svg…/></span></a></p>
                <details class="downloads">
                <summary>Downloads</summary>
                <ul>
                <li><a href="https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms"><span class="twemoji"><svg…/></span> Google Play</a></li>
                <li><a href="https://apps.apple.com/app/id874139669"><span class="twemoji"><svg…/></span> App Store</a></li>
                <li><a href="https://signal.org/android/apk"><span class="twemoji"><svg…/></span> Android</a></li>
                <li><a href="https://signal.org/download/windows"><span class="twemoji"><svg…/></span> Windows</a></li>
                <li><a href="https://signal.org/download/macos"><span class="twemoji"><svg…/></span> macOS</a></li>
                <li><a href="https://signal.org/download/linux"><span class="twemoji"><svg…/></span> Linux</a></li>
                </ul>
                </details>
                </div>
                """);
        assertWritten("zh-Hant", """
                <div class="admonition warning">
                <p class="admonition-title">警告</p>
                <p>這些通訊軟體無向前保密<sup id="fnref4:1"><a class="footnote-ref" href="#fn:1">1</a></sup>，雖然它們達成我們之前建議的某些需求，但不推薦將其用於長期或敏感通信。 訊息收件人之間的任何密鑰洩露都會影響<em> </em>所有<em> </em>過去通信的機密性。</p>
                </div>
                """);
        assertThat(article("zh-Hant").select("[markdown]")).isEmpty();
    }

    /** §7, §8: the footnote list, a hand-made back-reference, raw HTML kept byte for byte. */
    @Test
    void footnotesAndRawHtmlAsMaterialWritesThem() throws IOException {
        assertWritten("zh-Hant", """
                <div class="footnote">
                <hr />
                <ol>
                <li id="fn:1">
                <p><a href="https://en.wikipedia.org/wiki/Forward_secrecy">Forward secrecy</a> is where keys are rotated very frequently, so that if the current encryption key is compromised, it does not expose <strong>past</strong> messages as well.&#160;<a class="footnote-backref" href="#fnref:1" title="Jump back to footnote 1 in the text">&#8617;</a><a class="footnote-backref" href="#fnref2:1" title="Jump back to footnote 1 in the text">&#8617;</a><a class="footnote-backref" href="#fnref3:1" title="Jump back to footnote 1 in the text">&#8617;</a><a class="footnote-backref" href="#fnref4:1" title="Jump back to footnote 1 in the text">&#8617;</a><a class="footnote-backref" href="#fnref5:1" title="Jump back to footnote 1 in the text">&#8617;</a></p>
                </li>
                <li id="fn:2">
                <p>未來保密（或洩漏後安全）是防止攻擊者利用洩露的私鑰解密<strong>未來</strong>訊息，除非攻擊者將來也能取得更多會話金鑰。 這有效地迫使攻擊者攔截各方間的所有通訊，因為一旦發生未被攔截的密鑰交換，他們就會失去訪問權限。&#160;<a class="footnote-backref" href="#fnref:2"> &#8617;</a>&#160;<a class="footnote-backref" href="#fnref:2" title="Jump back to footnote 2 in the text">&#8617;</a><a class="footnote-backref" href="#fnref2:2" title="Jump back to footnote 2 in the text">&#8617;</a></p>
                </li>
                </ol>
                </div>
                """);
        assertWritten("zh-Hant", """
                <p>Session 先前基於 Signal 協議，並於 2020 年 12 月替換為自己的協議。 Session 協議<a href="https://getsession.org/blog/session-protocol-technical-information">不</a>支持前向保密。<sup id="fnref3:1"><a href= "#fn:1" class="footnote-ref">1</a></sup></p>
                """);
        for (String seed : SEEDS) {
            Element article = article(seed);
            for (Element reference : article.select("a.footnote-ref")) {
                String target = reference.attr("href").substring(1);
                assertThat(article.getElementById(target)).as(seed + " " + target).isNotNull();
            }
            for (Element back : article.select("a.footnote-backref[title]")) {
                assertThat(article.getElementById(back.attr("href").substring(1))).as(seed).isNotNull();
            }
        }
    }

    /** §9, §11, §12: links to missing pages kept as written, {@code title=""}, {@code <small>}, abbreviations. */
    @Test
    void linksSmallAndAbbreviationsAsMaterialWritesThem() throws IOException {
        assertWritten("zh-Hant", """
                <p><small>Protects against the following threat(s):</small></p>
                <ul>
                <li><a class="pg-orange" href="basics/common-threats.md#security-and-privacy" title=""><span class="twemoji"><svg…/></span> 被動攻擊</a></li>
                """);
        assertWritten("zh-Hant", """
                <p><a href="./advanced/communication-network-types.md">通訊網絡 <span class="twemoji"><svg…/></span></a></p>
                """);
        assertWritten("zh-Hant", """
                <a href="https:/ / github.com/vector-im/element-web/issues/7101"> Element 目前不支援</a>
                """);
        assertWritten("zh-Hant", """
                <a href="advanced/communication-network-types.md">聯邦式或 <abbr title="Peer-to-Peer">P2P</abbr></a>
                """);
        assertThat(written("zh-Hant")).contains("使用E2EE").doesNotContain("使用<abbr");
    }

    /** §10: heading ids as toc's default slugify, one counter per page, no id on h1. */
    @Test
    void headingIdsAsMaterialWritesThem() throws IOException {
        for (String seed : List.of("he", "ru", "zh-Hant")) {
            Element article = article(seed);
            assertThat(article.selectFirst("h2").id()).as(seed).isEqualTo("_1");
            assertThat(article.selectFirst("h1").id()).as(seed).isEmpty();
            List<String> numbered = article.select("h2[id^=_], h3[id^=_], h4[id^=_]").eachAttr("id");
            for (int i = 0; i < numbered.size(); i++) {
                assertThat(numbered.get(i)).as(seed).isEqualTo("_" + (i + 1));
            }
        }
        assertThat(article("nl").select("h2").eachAttr("id")).contains("versleutelde-messengers");
        assertThat(article("zh-Hant").select("h3, h4").eachAttr("id")).contains("signal", "molly-android");
        assertWritten("probe", """
                <h2 id="custom-id">Heading with explicit id</h2>
                <h2 id="duplicate">Duplicate</h2>
                <h2 id="duplicate_1">Duplicate</h2>
                <h2 id="signal">Signal 設定</h2>
                <h2 id="signal_1">מסנג'רים Signal</h2>
                """);
    }

    /** §1, §2, §4, §5: the probe's admonition titles, open details, attribute lists on icons and list items. */
    @Test
    void probeAdmonitionsAndAttributeListsAsMaterialWritesThem() throws IOException {
        assertWritten("probe", """
                <div class="admonition note">
                <p>No title.</p>
                </div>
                <div class="admonition example">
                <p class="admonition-title">This section is new</p>
                """);
        assertWritten("probe", """
                <details class="note" open="open">
                <summary>Open details</summary>
                <p>Open by default.</p>
                </details>
                <details>
                <summary>No class</summary>
                <p><em>Markdown</em> inside.</p>
                </details>
                """);
        assertWritten("probe", "<span class=\"twemoji pg-green\"><svg…/></span>");
        assertWritten("probe", """
                <li>plain list item with attr list { .pg-red }</li>
                <li><a href="https://example.org">link item with space before attr</a> { .pg-teal }</li>
                <li class="pg-blue">tight item, attr list on its own line</li>
                """);
    }

    /** §13: tabs, task lists, definition lists, tables; grid cards keep Material's classes. */
    @Test
    void probeTabsTasksDefinitionsTablesAndCardsAsMaterialWritesThem() throws IOException {
        assertWritten("probe", """
                <div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio" /><input id="__tabbed_1_2" name="__tabbed_1" type="radio" /><div class="tabbed-labels"><label for="__tabbed_1_1">Tab A</label><label for="__tabbed_1_2">Tab B</label></div>
                <div class="tabbed-content">
                <div class="tabbed-block">
                """);
        assertWritten("probe", """
                <ul class="task-list">
                <li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled checked/><span class="task-list-indicator"></span></label> done</li>
                """);
        assertWritten("probe", "<dl>\n<dt>Term</dt>\n<dd>Definition</dd>\n</dl>");
        assertWritten("probe", "<table>\n<thead>\n<tr>\n<th>a</th>");
        Element cards = article("probe").selectFirst("div.grid.cards");
        assertThat(cards.selectFirst("> ul > li > p > span.twemoji > svg")).isNotNull();
        assertThat(cards.select("> ul > li > hr")).hasSize(1);
    }

    private static final String PROBE = """
            ---
            title: Probe
            ---

            !!! note ""

                No title.

            !!! example "This section is new"

                Body.

            ???+ note "Open details"

                Open by default.

            <details markdown>
            <summary>No class</summary>

            *Markdown* inside.

            </details>

            :material-check:{ .pg-green }

            - plain list item with attr list { .pg-red }
            - [link item with space before attr](https://example.org) { .pg-teal }
            - tight item, attr list on its own line
              { .pg-blue }

            ## Heading with explicit id { #custom-id }

            ## Duplicate

            ## Duplicate

            ## Signal 設定

            ## מסנג'רים Signal

            === "Tab A"

                A

            === "Tab B"

                B

            - [x] done
            - [ ] todo

            Term
            :   Definition

            | a | b |
            |---|---|
            | 1 | 2 |

            <div class="grid cards" markdown>

            - :material-check: **One**

                ---

                Text

            </div>
            """;
}
