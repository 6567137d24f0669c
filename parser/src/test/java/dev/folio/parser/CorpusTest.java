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
import dev.folio.model.NavItem;
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
            // No process variables: the result must not depend on the machine's environment.
            privacyGuides = FolioParser.builder().environment(java.util.Map.of()).build()
                    .load(corpus.resolve("privacyguides"));
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
    void eachLanguageReadsMkdocsYmlWithItsOwnStringsFile() {
        Site site = privacyGuides();

        List<NavItem> hebrew = site.navigation("he").items();
        NavItem.Section knowledge = (NavItem.Section) hebrew.get(1);
        assertThat(knowledge.title()).isEqualTo("מאגר ידע"); // NAV_KNOWLEDGE_BASE in strings.he.env
        NavItem.Section systems = (NavItem.Section) knowledge.children().stream()
                .filter(i -> i.title().equals("מערכות הפעלה")).findFirst().orElseThrow();
        // NAV_OPERATING_SYSTEMS_WINDOWS is missing from strings.he.env: mkdocs.yml's default.
        assertThat(systems.children().get(systems.children().size() - 1).title()).isEqualTo("Windows");
        assertThat(((NavItem.Section) site.navigation("en").items().get(1)).title()).isEqualTo("Knowledge Base");
        assertThat(((NavItem.Section) site.navigation("de").items().get(1)).title())
                .isNotEqualTo("Knowledge Base");

        assertThat(socialNames(site.config("he"))).contains("פורום");
        assertThat(socialNames(site.config("en"))).contains("Forum");
        assertThat(site.config()).isSameAs(site.config("en"));
        assertThat(site.config("he").languages()).isEqualTo(site.config().languages());
        // $SITE_LANGUAGE inside a value is the file's own SITE_LANGUAGE.
        assertThat(translationNotice(site.config("de"))).startsWith("Du siehst hier die Deutsch Kopie");
    }

    private static List<String> socialNames(dev.folio.model.SiteConfig config) {
        return ((List<?>) ((java.util.Map<?, ?>) config.raw().get("extra")).get("social")).stream()
                .map(s -> String.valueOf(((java.util.Map<?, ?>) s).get("name"))).toList();
    }

    private static String translationNotice(dev.folio.model.SiteConfig config) {
        java.util.Map<?, ?> extra = (java.util.Map<?, ?>) config.raw().get("extra");
        java.util.Map<?, ?> translation = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) extra.get("privacy_guides"))
                .get("translation_notice");
        return String.valueOf(translation.get("notice"));
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
