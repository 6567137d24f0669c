package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.folio.model.Diagnostic;
import dev.folio.model.NavItem;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.TextDirection;
import dev.folio.model.UrlStyle;

class SiteLoadTest {
    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void withoutMkdocsYmlTheRootIsTheDocsFolderAndTheTreeIsTheNavigation() throws IOException {
        write("index.md", "# Welcome\n");
        write("zebra.md", "# Zebra\n");
        write("about.md", "---\ntitle: About us\n---\nText\n");
        write("getting-started/install.md", "# Install\n");
        write("getting-started/index.md", "# Start here\n");
        write(".hidden/secret.md", "# Secret\n");
        write("notes.txt", "not a page");
        write("i18n/he/index.md", "# ברוכים הבאים\n");
        write("i18n/he/getting-started/install.md", "# התקנה\n");

        Site site = FolioParser.builder().siteName("My docs").build().load(root);

        assertThat(site.config().name()).isEqualTo("My docs");
        assertThat(site.pages("en")).extracting(Page::sourcePath).containsExactly("about.md",
                "getting-started/index.md", "getting-started/install.md", "index.md", "zebra.md");
        assertThat(site.navigation("en").items()).containsExactly(
                new NavItem.PageRef("Welcome", "index.md"),
                new NavItem.PageRef("About us", "about.md"),
                new NavItem.PageRef("Zebra", "zebra.md"),
                new NavItem.Section("Getting started", java.util.List.of(
                        new NavItem.PageRef("Start here", "getting-started/index.md"),
                        new NavItem.PageRef("Install", "getting-started/install.md"))));
        assertThat(site.languages()).extracting(l -> l.code()).containsExactly("en", "he");
        assertThat(site.config().language("he").orElseThrow().direction()).isEqualTo(TextDirection.RTL);
        assertThat(site.pages("he")).extracting(Page::sourcePath).containsExactly("getting-started/install.md",
                "index.md");
        // Untranslated pages keep their entry and primary title: backends publish the primary page there.
        assertThat(site.navigation("he").items()).containsExactly(
                new NavItem.PageRef("ברוכים הבאים", "index.md"),
                new NavItem.PageRef("About us", "about.md"),
                new NavItem.PageRef("Zebra", "zebra.md"),
                new NavItem.Section("Getting started", java.util.List.of(
                        new NavItem.PageRef("Start here", "getting-started/index.md"),
                        new NavItem.PageRef("התקנה", "getting-started/install.md"))));
        assertThat(site.pagesInNavigationOrder("he")).extracting(Page::sourcePath)
                .containsExactly("index.md", "getting-started/install.md");
        assertThat(site.page("en", "about.md").orElseThrow().outputPath()).isEqualTo("about/index.html");
        assertThat(site.page("he", "index.md").orElseThrow().sourceFile()).isEqualTo("i18n/he/index.md");
        assertThat(site.sourceRoot("he")).contains(root.resolve("i18n/he"));
        assertThat(site.diagnostics()).isEmpty();
    }

    @Test
    void mkdocsYmlGivesNameLanguagesUrlsAndNav() throws IOException {
        write("mkdocs.yml", """
                site_name: Guides
                site_url: https://example.org/
                docs_dir: !ENV [FOLIO_TEST_SURELY_UNSET_DOCS, "content"]
                use_directory_urls: false
                theme:
                  language: en
                extra:
                  alternate:
                    - name: English
                      lang: en
                    - name: עִברִית
                      lang: he
                markdown_extensions:
                  pymdownx.emoji:
                    emoji_index: !!python/name:material.extensions.emoji.twemoji
                nav:
                  - Home: index.md
                  - Basics:
                      - basics/why.md
                      - basics/missing.md
                  - Forum: https://discuss.example.org/
                """);
        write("content/index.md", "# Home page\n");
        write("content/basics/why.md", "# Why it matters\n");
        write("i18n/he/index.md", "# בית\n");

        Site site = FolioParser.create().load(root);

        assertThat(site.config().name()).isEqualTo("Guides");
        assertThat(site.config().url()).isEqualTo("https://example.org/");
        assertThat(site.config().urlStyle()).isEqualTo(UrlStyle.FILE);
        assertThat(site.page("en", "basics/why.md").orElseThrow().outputPath()).isEqualTo("basics/why.html");
        assertThat(site.config().language("he").orElseThrow().name()).isEqualTo("עִברִית");
        assertThat(site.navigation("en").items()).containsExactly(
                new NavItem.PageRef("Home", "index.md"),
                new NavItem.Section("Basics", java.util.List.of(new NavItem.PageRef("Why it matters", "basics/why.md"))),
                new NavItem.Link("Forum", "https://discuss.example.org/"));
        assertThat(site.navigation("he").items()).containsExactly(
                new NavItem.PageRef("בית", "index.md"),
                new NavItem.Section("Basics", java.util.List.of(new NavItem.PageRef("Why it matters", "basics/why.md"))),
                new NavItem.Link("Forum", "https://discuss.example.org/"));
        assertThat(site.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("mkdocs.yml:20:1: nav names basics/missing.md, which is not in the docs");
    }

    @Test
    void onlyTheChosenLanguagesAreRead_andThePrimaryOneAlways() throws IOException {
        write("index.md", "# Welcome\n");
        write("i18n/he/index.md", "# ברוכים הבאים\n");
        write("i18n/nl/index.md", "# Welkom\n");
        write("i18n/zh-Hant/index.md", "# 歡迎\n");

        FolioParser parser = FolioParser.builder().onlyLanguages(java.util.List.of("nl")).build();

        assertThat(parser.languages(root)).extracting(l -> l.code()).containsExactly("en", "he", "nl", "zh-Hant");
        Site site = parser.load(root);
        assertThat(site.languages()).extracting(l -> l.code()).containsExactly("en", "nl");
        assertThat(site.pages()).extracting(Page::language).containsExactly("en", "nl");
    }

    @Test
    void loadingIsDeterministicDespiteParallelParsing() throws IOException {
        for (int i = 0; i < 40; i++) {
            write("section-" + (i % 4) + "/page-" + i + ".md", "# Page " + i + "\n\nSee [next](page-" + (i + 1)
                    + ".md)[^n].\n\n[^n]: Note " + i + ".\n");
            write("i18n/nl/section-" + (i % 4) + "/page-" + i + ".md", "# Pagina " + i + "\n");
        }

        Site first = FolioParser.create().load(root);
        Site second = FolioParser.create().load(root);

        assertThat(second.pages()).isEqualTo(first.pages());
        assertThat(second.navigation("en")).isEqualTo(first.navigation("en"));
        assertThat(second.navigation("nl")).isEqualTo(first.navigation("nl"));
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(first.pages("en")).extracting(Page::sourcePath).isSorted();
    }

    @Test
    void hostileMkdocsYmlIsRefused() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            bomb.append("]\n");
        }
        write("mkdocs.yml", bomb.toString());
        write("docs/index.md", "# Home\n");

        Site site = FolioParser.create().load(root);

        assertThat(site.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("yaml");
            assertThat(d.position().file()).isEqualTo("mkdocs.yml");
        });
        assertThat(site.pages()).hasSize(1);
    }

    @Test
    void parseAFileOrAMissingOne() throws IOException {
        write("guide/start.md", "---\ntitle: Start\n---\n[Next](next.md)\n");

        Page page = FolioParser.create().parse(root.resolve("guide/start.md"));
        Page missing = FolioParser.create().parse(root.resolve("nowhere.md"));

        assertThat(page.sourcePath()).isEqualTo("start.md");
        assertThat(page.sourceFile()).isEqualTo(root.resolve("guide/start.md").toString());
        assertThat(page.outputPath()).isEqualTo("start/index.html");
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Start");
        assertThat(missing.document().blocks()).isEmpty();
        assertThat(missing.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("io"));
    }

    @Test
    void brokenMkdocsYmlIsADiagnosticNotAnException() throws IOException {
        write("mkdocs.yml", "site_name: [oops\n");
        write("docs/index.md", "# Home\n");

        Site site = FolioParser.create().load(root);

        assertThat(site.pages()).hasSize(1);
        assertThat(site.diagnostics()).singleElement().satisfies(d -> assertThat(d.position().file())
                .isEqualTo("mkdocs.yml"));
    }
}
