package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.folio.model.Diagnostic;
import dev.folio.model.Page;
import dev.folio.model.Site;

/** The real corpus (../shared/corpus), active only in the {@code corpus} profile. */
@EnabledIfSystemProperty(named = "folio.corpus", matches = ".+")
class CorpusTest {
    private static final Path corpus = Path.of(System.getProperty("folio.corpus", "."));
    private static Site privacyGuides;
    private final FolioParser parser = FolioParser.create();

    /** Loaded once: the whole site is ~3,200 pages. */
    private static synchronized Site privacyGuides() {
        if (privacyGuides == null) {
            privacyGuides = FolioParser.create().load(corpus.resolve("privacyguides"));
        }
        return privacyGuides;
    }

    @Test
    void theFiveSeedPagesParse() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(corpus.resolve("seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(seeds).hasSize(5);
        for (Path seed : seeds) {
            Page page = parser.parse(seed);
            assertThat(page.document().blocks()).as(seed.toString()).isNotEmpty();
            assertThat(page.document().headings()).as(seed.toString()).isNotEmpty();
            assertThat(page.diagnostics()).as(seed.toString())
                    .noneMatch(d -> d.code().equals("parse") || d.code().equals("yaml"));
        }
    }

    @Test
    void theWholePrivacyGuidesSiteLoads() {
        Site site = privacyGuides();

        assertThat(site.config().name()).isEqualTo("Privacy Guides");
        assertThat(site.config().url()).isEqualTo("https://www.privacyguides.org/en/");
        assertThat(site.languages()).hasSize(26);
        assertThat(site.config().language("he").orElseThrow().name()).isEqualTo("עִברִית");
        assertThat(site.pages("en")).hasSizeGreaterThan(100);
        assertThat(site.pages()).hasSizeGreaterThan(3000);
        assertThat(site.navigation("en").pageOrder()).contains("index.md", "basics/why-privacy-matters.md");
        assertThat(site.navigation("he").pageOrder()).isNotEmpty();
        assertThat(site.diagnostics()).extracting(Diagnostic::code).doesNotContain("parse", "yaml", "io");
    }

    @Test
    void everyNodeOfEveryPageHasAFilePosition() {
        for (Page page : privacyGuides().pages()) {
            assertThat(dev.folio.model.doc.Traversal.nodes(page.document())).as(page.sourceFile())
                    .allMatch(node -> node.position().isKnown() && !node.position().file().isEmpty());
        }
    }

    /**
     * Every diagnostic the corpus gives is a known, checked one (broken translations: footnotes mangled
     * by translators, unclosed fences, non-ASCII colons in abbreviation files, a snippet not in the
     * corpus). A new false warning fails here; so does a lost true one.
     */
    @Test
    void theCorpusGivesExactlyTheExpectedDiagnostics() throws IOException {
        Site site = privacyGuides();
        List<String> expected;
        try (var in = CorpusTest.class.getResourceAsStream("corpus-expected-diagnostics.txt")) {
            expected = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).toList();
        }

        List<String> actual = site.diagnostics().stream()
                .map(d -> d.severity() + " " + d.code() + " " + d).toList();

        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }
}
