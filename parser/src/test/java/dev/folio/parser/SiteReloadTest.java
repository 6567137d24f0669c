package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.folio.model.NavItem;
import dev.folio.model.Page;
import dev.folio.model.Site;

/** {@link FolioParser#reload}: a live preview's edit parses only the changed page; and {@code configFile}. */
class SiteReloadTest {
    @TempDir
    Path root;

    private Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void reloadParsesTheChangedPagesAndKeepsEveryOtherPageObject() throws IOException {
        write("mkdocs.yml", "site_name: Guide\nmarkdown_extensions:\n  - abbr\n  - pymdownx.snippets:\n"
                + "      auto_append: [includes/abbreviations.md]\n");
        write("includes/abbreviations.md", "*[HTML]: Hyper Text Markup Language\n");
        write("docs/index.md", "# Home\n");
        Path guide = write("docs/guide.md", "# Guide\n\nFirst.\n");
        Path old = write("docs/old.md", "# Old\n");
        write("i18n/he/index.md", "# בית\n");
        FolioParser parser = FolioParser.create();
        Site before = parser.load(root);

        write("docs/guide.md", "# Handbook\n\nSecond, in HTML.\n");
        Files.delete(old);
        Path added = write("docs/new.md", "# New\n");
        Site after = parser.reload(before, root, file -> file.equals(guide) || file.equals(old));

        Page reread = after.page("en", "guide.md").orElseThrow();
        assertThat(reread.title()).isEqualTo("Handbook");
        assertThat(reread.sourceFile()).isEqualTo(before.page("en", "guide.md").orElseThrow().sourceFile());
        assertThat(reread).as("parsed with the site's dialect: the auto-appended abbreviations")
                .isEqualTo(parser.load(root).page("en", "guide.md").orElseThrow());
        assertThat(after.page("en", "index.md").orElseThrow()).isSameAs(before.page("en", "index.md").orElseThrow());
        assertThat(after.page("he", "index.md").orElseThrow()).isSameAs(before.page("he", "index.md").orElseThrow());
        assertThat(after.page("en", "old.md")).as("deleted").isEmpty();
        assertThat(after.page("en", "new.md")).as("a new file is read even if not listed").isPresent();
        assertThat(after.navigation("en").items()).contains(new NavItem.PageRef("Handbook", "guide.md"));
        assertThat(added).exists();
    }

    @Test
    void aConfigFileOfAnotherNameIsReadInsteadOfMkdocsYml() throws IOException {
        write("mkdocs.yml", "site_name: Wrong\n");
        write("mkdocs.en.yml", "site_name: English guide\ndocs_dir: english\n");
        write("english/index.md", "# Home\n");

        Site site = FolioParser.builder().configFile("mkdocs.en.yml").build().load(root);

        assertThat(site.config().name()).isEqualTo("English guide");
        assertThat(site.pages("en")).extracting(Page::sourcePath).containsExactly("index.md");
    }
}
