package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.folio.model.Diagnostic;
import dev.folio.model.LanguageLayout;
import dev.folio.model.NavItem;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
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
    void pagesAreLeftOutAndListedAsMkDocs16LeavesThemOutAndListsThem() throws IOException {
        write("docs/index.md", "# Home\n");
        write("docs/lost.md", "# Lost\n");
        write("docs/orphan.md", "# Orphan\n");
        write("docs/drafts/post.md", "# Draft\n");
        write("docs/templates/partial.md", "# A template\n");
        write("docs/guide/templates/example.md", "# Example\n");
        write("docs/_partials/note.md", "# Note\n");
        write("docs/private/notes.md", "# Notes\n");
        write("docs/private/keep.md", "# Kept\n");
        String config = """
                site_name: Guides
                exclude_docs: |
                  /private/
                  !/private/keep.md
                draft_docs: |
                  drafts/
                not_in_nav: |
                  /orphan.md
                nav:
                  - index.md
                """;
        write("mkdocs.yml", config);
        Site site = FolioParser.create().load(root);
        assertThat(site.pages("en")).extracting(Page::sourcePath).containsExactly("_partials/note.md",
                "guide/templates/example.md", "index.md", "lost.md", "orphan.md", "private/keep.md");
        assertThat(site.diagnostics()).extracting(d -> d.severity() + " " + d.code() + " " + d.position().file())
                .contains("INFO not-in-nav docs/lost.md", "INFO not-in-nav docs/_partials/note.md")
                .noneMatch(line -> line.contains("orphan"));

        write("mkdocs.yml", config + "validation:\n  nav:\n    omitted_files: warn\n");
        assertThat(FolioParser.create().load(root).diagnostics()).extracting(d -> d.severity() + " " + d.code())
                .contains("WARNING not-in-nav");
        write("mkdocs.yml", config + "validation:\n  omitted_files: ignore\n");
        assertThat(FolioParser.create().load(root).diagnostics()).extracting(Diagnostic::code)
                .doesNotContain("not-in-nav");
    }

    @Test
    void aSiteInOneLanguageIsPublishedAtTheRootWhateverItsUrlEndsIn() throws IOException {
        write("mkdocs.yml", "site_name: Guides\nsite_url: https://example.org/en/\nsite_dir: site/en\n");
        write("docs/index.md", "# Home\n");

        SiteConfig config = FolioParser.create().load(root).config();

        assertThat(config.layout()).isEqualTo(LanguageLayout.PRIMARY_AT_ROOT);
        assertThat(config.folder("en")).isEmpty();
    }

    @Test
    void aMultilingualSiteKeepsItsPrimaryLanguageInTheFolderItsConfigurationNames() throws IOException {
        write("docs/index.md", "# Home\n");
        write("i18n/fr/index.md", "# Accueil\n");
        for (String says : java.util.List.of("site_dir: site/en", "site_dir: 'site\\en\\'",
                "site_url: https://example.org/docs/en/", "site_url: https://example.org/en",
                "extra:\n  alternate:\n    - {name: English, link: /en/, lang: en}\n    - {name: Français, link: /fr/, lang: fr}")) {
            write("mkdocs.yml", "site_name: Guides\n" + says + "\n");
            SiteConfig config = FolioParser.create().load(root).config();
            assertThat(config.layout()).as(says).isEqualTo(LanguageLayout.ALL_IN_FOLDERS);
            assertThat(config.folder("en")).as(says).isEqualTo("en/");
            assertThat(config.folder("fr")).as(says).isEqualTo("fr/");
        }
        for (String says : java.util.List.of("site_url: https://example.org/", "site_dir: public",
                "extra:\n  alternate:\n    - {name: English, link: /, lang: en}\n    - {name: Français, link: /fr/, lang: fr}")) {
            write("mkdocs.yml", "site_name: Guides\n" + says + "\n");
            SiteConfig config = FolioParser.create().load(root).config();
            assertThat(config.layout()).as(says).isEqualTo(LanguageLayout.PRIMARY_AT_ROOT);
            assertThat(config.folder("en")).as(says).isEmpty();
            assertThat(config.folder("fr")).as(says).isEqualTo("fr/");
        }
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

    /** pymdown-extensions' own mkdocs.yml lists most extensions as {@code - name:}, a name with nothing after it. */
    @Test
    void anExtensionListedWithAnEmptyColonIsEnabledWithoutOptions() throws IOException {
        write("mkdocs.yml", "site_name: Colons\nmarkdown_extensions:\n  - admonition:\n  - toc:\n      permalink: true\n"
                + "  - pymdownx.keys:\n");
        write("docs/index.md", "# Home\n\n!!! note\n    Noted.\n\nPress ++ctrl+c++.\n");

        Site site = FolioParser.create().load(root);

        assertThat(site.diagnostics()).isEmpty();
        String blocks = site.pages().get(0).document().blocks().toString();
        assertThat(blocks).contains("Admonition[type=note").contains("Keys[keys=[Key[name=control, label=Ctrl], Key[name=c, label=C]]");
    }

    /** Privacy Guides' set-up: mkdocs.yml reads !ENV, includes/strings.<lang>.env holds each language's values. */
    private void stringsProject() throws IOException {
        write("mkdocs.yml", """
                site_name: Privacy Guides
                site_description: !ENV [SITE_DESCRIPTION, "Your privacy resource."]
                copyright: !ENV [FOOTER_COPYRIGHT_AUTHOR, "Privacy Guides and contributors."]
                theme:
                  language: en
                extra:
                  social:
                    - icon: simple/discourse
                      name: !ENV [SOCIAL_FORUM, "Forum"]
                  note: !ENV [NOTE, ""]
                nav:
                  - !ENV [NAV_HOME, "Home"]: "index.md"
                  - !ENV [NAV_KNOWLEDGE_BASE, "Knowledge Base"]:
                      - "basics/why-privacy-matters.md"
                      - !ENV [NAV_ADVANCED_TOPICS, "Advanced Topics"]:
                          - "advanced/tor-overview.md"
                """);
        write("docs/index.md", "# Privacy Guides\n");
        write("docs/basics/why-privacy-matters.md", "# Why Privacy Matters\n");
        write("docs/advanced/tor-overview.md", "# Tor Overview\n");
        write("i18n/he/index.md", "# מדריכי פרטיות\n");
        write("i18n/he/basics/why-privacy-matters.md", "# למה פרטיות חשובה\n");
        write("includes/strings.en.env", "NAV_HOME=\"Home\"\n");
        write("includes/strings.he.env", """
                # Hebrew strings
                NAV_HOME="דף הבית"
                NAV_KNOWLEDGE_BASE="מאגר ידע"
                SITE_LANGUAGE='עברית'
                SITE_DESCRIPTION="אתר ה$SITE_LANGUAGE של \\"Privacy Guides\\""
                SOCIAL_FORUM=פורום # a comment
                NAV_ADVANCED_TOPICS="נושאים מתקדמים
                FOOTER_COPYRIGHT_AUTHOR="$(rm -rf /)"
                export COPYRIGHT_NOTE='it\\'s ours'
                NAV HOME="broken"
                NOTE="\\$5, \\`x\\`, ${SITE_LANGUAGE}, $ alone"
                """);
    }

    @Test
    void eachLanguageResolvesEnvFromItsStringsFile_afterTheEnvironment_beforeTheDefault() throws IOException {
        stringsProject();

        Site site = FolioParser.builder().environment(java.util.Map.of("NAV_KNOWLEDGE_BASE", "Library")).build()
                .load(root);

        // The environment wins over every file; he's file over the default; a missing key is the default;
        // a page title he left as English gives way to the translated page's title.
        assertThat(site.navigation("he").items()).extracting(NavItem::title).containsExactly("דף הבית", "Library");
        NavItem.Section knowledge = (NavItem.Section) site.navigation("he").items().get(1);
        assertThat(knowledge.children()).extracting(NavItem::title).containsExactly("למה פרטיות חשובה",
                "Advanced Topics");
        assertThat(site.navigation("en").items()).extracting(NavItem::title).containsExactly("Home", "Library");
        assertThat(site.config("he").description()).isEqualTo("אתר העברית של \"Privacy Guides\"");
        assertThat(site.config("he").copyright()).isEqualTo("Privacy Guides and contributors.");
        assertThat(site.config("he").raw().get("extra")).hasToString(
                "{social=[{icon=simple/discourse, name=פורום}], note=$5, `x`, עברית, $ alone}");
        assertThat(site.config("en").description()).isEqualTo("Your privacy resource.");
        assertThat(site.config()).isSameAs(site.config("en"));
        assertThat(site.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "includes/strings.he.env:7:21: unterminated \" quote; line ignored",
                "includes/strings.he.env:8:26: command substitution is never run; line ignored",
                "includes/strings.he.env:10:4: expected '=' right after NAV; line ignored");
    }

    @Test
    void theStringsFilesCanBeElsewhereOrOff() throws IOException {
        stringsProject();
        write("lang/he.env", "NAV_KNOWLEDGE_BASE=\"בסיס הידע\"\n");

        Site elsewhere = FolioParser.builder().environment(java.util.Map.of()).languageEnvironment("lang/{lang}.env")
                .build().load(root);
        Site off = FolioParser.builder().environment(java.util.Map.of()).languageEnvironment("").build().load(root);

        assertThat(elsewhere.navigation("he").items()).extracting(NavItem::title).containsExactly("מדריכי פרטיות",
                "בסיס הידע");
        assertThat(off.navigation("he").items()).extracting(NavItem::title).containsExactly("מדריכי פרטיות",
                "Knowledge Base");
        assertThat(off.diagnostics()).isEmpty();
    }

    @Test
    void anAliasBombInMkdocsYmlIsOneErrorAndEveryPageIsStillRead() throws IOException {
        StringBuilder bomb = new StringBuilder("site_name: Bombed\nextra:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append("  ").append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        write("mkdocs.yml", bomb.toString());
        write("docs/index.md", "# Welcome\n");
        write("docs/other.md", "# Other\n");

        Site site = FolioParser.create().load(root);

        assertThat(site.pages("en")).extracting(Page::sourcePath).containsExactly("index.md", "other.md");
        assertThat(site.diagnostics()).filteredOn(d -> d.position().file().equals("mkdocs.yml")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(dev.folio.model.Severity.ERROR);
                    assertThat(d.message()).contains("aliases");
                });
    }

    @Test
    void aPageThatIsNotUtf8IsReadWithAWarningAtItsFirstBadByte() throws IOException {
        write("mkdocs.yml", "site_name: Old bytes\n");
        write("docs/index.md", "# Welcome\n");
        java.nio.file.Files.write(root.resolve("docs/latin1.md"),
                "# Caf\u00e9\n\nna\u00efve\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Site site = FolioParser.create().load(root);

        Page page = site.page("en", "latin1.md").orElseThrow();
        assertThat(page.title()).isEqualTo("Caf\uFFFD");
        assertThat(page.diagnostics()).extracting(Object::toString)
                .contains("docs/latin1.md:1:6: the file is not valid UTF-8: bytes that are not are shown as \uFFFD");
    }
}
