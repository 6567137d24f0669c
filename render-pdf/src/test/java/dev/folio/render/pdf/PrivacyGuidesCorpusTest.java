package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.parser.FolioParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole Privacy Guides site in English and Hebrew, as real guides. Runs in the {@code corpus}
 * profile only, which Maven activates when {@code ../shared/corpus} exists.
 */
class PrivacyGuidesCorpusTest {
    static final Path SITE = Path.of("../../shared/corpus/privacyguides");
    static final List<String> LANGUAGES = List.of("en", "he");

    @TempDir
    static Path output;
    static Site site;
    static Diagnostics diagnostics = new Diagnostics();
    static RenderResult result;

    @BeforeAll
    static void print() throws IOException {
        Site all = FolioParser.create().load(SITE);
        SiteConfig c = all.config();
        List<Language> languages = c.languages().stream().filter(l -> LANGUAGES.contains(l.code())).toList();
        site = new Site(new SiteConfig(c.name(), c.url(), c.description(), c.copyright(), languages,
                c.defaultLanguage(), c.urlStyle(), c.raw()),
                all.pages().stream().filter(p -> LANGUAGES.contains(p.language())).toList(),
                LANGUAGES.stream().collect(Collectors.toMap(Function.identity(), all::navigation)),
                LANGUAGES.stream().collect(Collectors.toMap(Function.identity(), l -> all.sourceRoot(l).orElseThrow())),
                List.of());
        result = new PdfRenderer().render(site, RenderContext.builder(SITE, output).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(diagnostics).build());
    }

    @Test
    void printsEveryPageOfEveryLanguageWithoutLosingOne() {
        assertThat(result.files()).hasSize(2);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code)
                .doesNotContain("pdf-render-failed", "pdf-page-left-out", "pdf-engine");
    }

    @Test
    void bookmarksEveryPageOfTheNavigation() throws IOException {
        for (String language : LANGUAGES) {
            List<Page> pages = site.pagesInNavigationOrder(language);
            try (PDDocument pdf = PdfGuides.open(output.resolve("privacy-guides-" + language + ".pdf"))) {
                List<String> outline = PdfGuides.outline(pdf);
                assertThat(pdf.getNumberOfPages()).isGreaterThan(2 + pages.size());
                assertThat(outline.stream().map(String::strip)).containsAll(pages.stream().map(Page::title).toList());
            }
        }
    }

    @Test
    void printsTheRealTimeCommunicationPageInHebrew() throws IOException {
        try (PDDocument he = PdfGuides.open(output.resolve("privacy-guides-he.pdf"))) {
            int page = PdfGuides.pageWith(he, "תקשורת בזמן אמת", "Protects against the following threat");
            assertThat(page).isGreaterThan(2);
            assertThat(PdfGuides.text(he, page)).contains("תקשורת בזמן אמת", "התקפות פסיביות", "Signal").doesNotContain("#");
            // an untranslated English step keeps its word order ("Phone NumberSelect" before)
            assertThat(PdfGuides.text(he, page) + PdfGuides.text(he, page + 1)).contains("Select Phone Number.");
        }
    }

    @Test
    void printsThePageNumberOfEveryContentsEntryInFull() {
        for (String language : LANGUAGES) {
            try (PDDocument pdf = PdfGuides.open(output.resolve("privacy-guides-" + language + ".pdf"))) {
                // the contents run from page 2 to the page before the first chapter, where their first entry goes
                int firstChapter = PdfGuides.links(pdf, 2).get(0).targetPage();
                List<PdfGuides.PageLink> entries = new java.util.ArrayList<>();
                StringBuilder text = new StringBuilder();
                for (int page = 2; page < firstChapter; page++) {
                    entries.addAll(PdfGuides.links(pdf, page));
                    text.append(PdfGuides.text(pdf, page)).append('\n');
                }
                assertThat(entries).hasSizeGreaterThan(100);
                List<String> numbers = List.of(text.toString().split("[^0-9]+"));
                // right to left, the engine once printed only the last digit of each number
                assertThat(numbers).as(language).containsAll(entries.stream()
                        .map(entry -> Integer.toString(entry.targetPage())).toList());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

}
