package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.folio.model.Diagnostic;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.doc.Abbreviation;
import dev.folio.model.doc.Heading;
import dev.folio.model.doc.HtmlBlock;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Traversal;

/** pymdownx.snippets (includes, auto_append) and abbreviations, through a whole site as Privacy Guides sets it up. */
class SnippetAndAbbreviationTest {
    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Site site() throws IOException {
        write("mkdocs.yml", """
                site_name: Snippets
                markdown_extensions:
                  pymdownx.snippets:
                    auto_append:
                      - !ENV [FOLIO_TEST_SURELY_UNSET_ABBR, "includes/abbreviations.en.txt"]
                  abbr: {}
                """);
        write("includes/abbreviations.en.txt", """
                *[E2EE]: End-to-End Encryption/Encrypted
                *[P2P]: Peer-to-Peer
                : Um padrão de design enganoso
                *[VPN]: Virtual Private Network
                """);
        write("includes/abbreviations.he.txt", "*[E2EE]: הצפנה מקצה לקצה/מוצפנת\n");
        write("includes/members.md", "## Members\n\nThanks, E2EE fans.\n");
        write("includes/loop.md", "--8<-- \"includes/loop.md\"\n");
        return FolioParser.create().load(root);
    }

    private static List<Abbreviation> abbreviations(Page page) {
        return Traversal.nodes(page.document()).filter(Abbreviation.class::isInstance)
                .map(Abbreviation.class::cast).toList();
    }

    @Test
    void appendedAbbreviationsMarkWholeWordsOutsideCodeUrlsAndHtml() throws IOException {
        write("docs/index.md", """
                All communications are E2EE, federated or [P2P](https://p2p.org/E2EE).
                使用E2EE is not a word boundary; `E2EE` is code; <span title="E2EE">raw</span>; E2EEx is longer.

                *[VPN]: Page-level definition wins
                A VPN too.
                """);

        Page page = site().page("en", "index.md").orElseThrow();

        assertThat(abbreviations(page)).extracting(Abbreviation::term, Abbreviation::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("E2EE", "End-to-End Encryption/Encrypted"),
                org.assertj.core.groups.Tuple.tuple("P2P", "Peer-to-Peer"),
                org.assertj.core.groups.Tuple.tuple("VPN", "Page-level definition wins"));
        assertThat(abbreviations(page).get(0).position()).hasToString("docs/index.md:1:24");
    }

    @Test
    void termsInOtherScriptsAreMarkedAtWordBoundariesToo() throws IOException {
        write("docs/index.md", """
                ВПН шифрует, ВПНы нет; «ВПН». Ü-Bahn, DÜ-Bahn. 隱私 E2EE 隱私保護

                *[ВПН]: Виртуальная частная сеть
                *[Ü-Bahn]: Untergrundbahn
                *[隱私]: Privacy
                """);

        Page page = site().page("en", "index.md").orElseThrow();

        assertThat(abbreviations(page)).extracting(Abbreviation::term)
                .as("not inside ВПНы or DÜ-Bahn, nor before 保護 (no word boundary there, as in Python)")
                .containsExactly("ВПН", "ВПН", "Ü-Bahn", "隱私", "E2EE");
    }

    @Test
    void aMalformedLineIsOneSiteDiagnosticAndTheOthersStillApply() throws IOException {
        write("docs/index.md", "VPN\n");
        write("docs/other.md", "VPN\n");

        Site site = site();

        assertThat(site.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "includes/abbreviations.en.txt:3:1: not an abbreviation definition (*[TERM]: Definition); line ignored");
        assertThat(abbreviations(site.page("en", "other.md").orElseThrow())).hasSize(1);
    }

    @Test
    void eachLanguageAppendsItsOwnFile() throws IOException {
        write("docs/index.md", "E2EE\n");
        write("i18n/he/index.md", "E2EE\n");

        Site site = site();

        assertThat(abbreviations(site.page("he", "index.md").orElseThrow()))
                .extracting(Abbreviation::title).containsExactly("הצפנה מקצה לקצה/מוצפנת");
    }

    @Test
    void includesAreParsedInPlaceWithTheirOwnPositions() throws IOException {
        write("docs/about/donate.md", "# Donate\n\n--8<-- \"includes/members.md\"\n\nAfter.\n");

        Page page = site().page("en", "about/donate.md").orElseThrow();

        assertThat(page.document().blocks()).hasSize(4);
        Heading members = page.document().headings().get(1);
        assertThat(members.text()).isEqualTo("Members");
        assertThat(members.position()).hasToString("includes/members.md:1:1");
        assertThat(abbreviations(page)).hasSize(1);
        assertThat(page.document().blocks().get(3)).isInstanceOf(Paragraph.class);
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void missingRefusedAndCyclicIncludesAreDiagnostics() throws IOException {
        write("docs/index.md", """
                --8<-- "includes/contributors.md"
                --8<-- "../secret.txt"
                --8<-- "/etc/passwd"
                --8<-- "https://example.org/x.md"
                --8<-- "includes/loop.md"
                Text stays.
                """);

        Page page = site().page("en", "index.md").orElseThrow();

        assertThat(page.diagnostics()).extracting(Diagnostic::code).containsExactly("snippet-missing",
                "snippet-refused", "snippet-refused", "snippet-refused", "snippet-cycle");
        assertThat(page.diagnostics().get(0)).hasToString(
                "docs/index.md:1:1: snippet file not found: includes/contributors.md");
        assertThat(page.diagnostics().get(4).position()).hasToString("includes/loop.md:1:1");
        assertThat(Traversal.plainText(((Paragraph) page.document().blocks().get(0)).content()))
                .isEqualTo("Text stays.");
    }

    @Test
    void aBlockIncludesEachPathLineSkippingBlankAndCommentLines() throws IOException {
        write("docs/about/donate.md", """
                # Donate

                !!! note

                    --8<--
                    includes/members.md

                    ; includes/contributors.md
                    includes/contributors.md
                    ../mkdocs.yml
                    --8<--

                After.
                """);

        Page page = site().page("en", "about/donate.md").orElseThrow();

        assertThat(Outline.of(page.document())).contains("""
                Admonition type=note collapse=NONE
                  Heading level=2 attributes=Attributes[id=members, classes=[], pairs=[]]
                    Text literal=Members
                  Paragraph
                    Text literal=Thanks,\s""");
        assertThat(page.document().blocks()).hasSize(3);
        assertThat(page.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "docs/about/donate.md:9:5: snippet file not found: includes/contributors.md",
                "docs/about/donate.md:10:5: snippet paths may not climb out with '..': ../mkdocs.yml");
    }

    @Test
    void anUnclosedBlockIsADiagnosticAtItsMarker() throws IOException {
        write("docs/index.md", "Intro.\n\n--8<--\nincludes/members.md\n");

        Page page = site().page("en", "index.md").orElseThrow();

        assertThat(page.document().headings()).extracting(Heading::text).containsExactly("Members");
        assertThat(page.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "docs/index.md:3:1: snippet block --8<-- is not closed: every line after it was read as a snippet path");
    }

    @Test
    void includesInsideRawHtmlLandThereAsRawText_lineAndBlockForms() throws IOException {
        // docs/about/donate.md:52
        write("includes/donors.html", "<a class=\"mdx-donors__item\" href=\"https://github.com/x\">x</a>\n");
        write("docs/about/donate.md", """
                <div class="mdx-donors" data-mdx-component="donors">
                <div class="mdx-donors__list">

                --8<-- "includes/donors.html"
                --8<--
                includes/members-missing.md
                --8<--

                </div>
                </div>
                """);

        Page page = site().page("en", "about/donate.md").orElseThrow();

        assertThat(page.document().blocks()).singleElement().satisfies(b -> assertThat(((HtmlBlock) b).html())
                .isEqualTo("<div class=\"mdx-donors\" data-mdx-component=\"donors\">\n<div class=\"mdx-donors__list\">\n\n"
                        + "<a class=\"mdx-donors__item\" href=\"https://github.com/x\">x</a>\n\n\n</div>\n</div>"));
        assertThat(page.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "docs/about/donate.md:6:1: snippet file not found: includes/members-missing.md");
    }
}
