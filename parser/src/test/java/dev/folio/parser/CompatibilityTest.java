package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.folio.model.Diagnostic;

/** Each kind of mkdocs.yml entry Folio does not honour is one note at its line and column; honoured ones are not. */
class CompatibilityTest {
    @TempDir
    Path root;

    @Test
    void everyUnhonouredEntryIsOneNoteAtItsPosition() throws IOException {
        Files.writeString(root.resolve("mkdocs.yml"), """
                site_name: Site
                site_author: Someone
                edit_uri: edit/main/docs/
                not_a_setting: 1
                theme:
                  name: material
                  font:
                    text: Roboto
                  icon:
                    logo: material/library
                    admonition:
                      note: octicons/tag-16
                  features:
                    - navigation.tabs
                    - content.code.copy
                plugins:
                  - search:
                      separator: '[\\s\\-]+'
                  - blog
                  - mkdocstrings:
                      handlers: {}
                markdown_extensions:
                  - admonition
                  - toc:
                      permalink: true
                      permalink_leftside: true
                  - markdown_include.include
                """);
        Files.createDirectories(root.resolve("docs"));

        assertThat(FolioParser.create().compatibility(root)).extracting(Diagnostic::toString).containsExactly(
                "mkdocs.yml:2:1: setting site_author is not honoured: no author meta tag is written",
                "mkdocs.yml:3:1: setting edit_uri is not honoured: pages show no edit button",
                "mkdocs.yml:4:1: setting not_a_setting is not honoured: not a setting of MkDocs 1.6; not read",
                "mkdocs.yml:7:3: theme.font is not honoured: Folio's own fonts are used; no font is loaded from Google"
                        + " Fonts",
                "mkdocs.yml:11:5: theme.icon.admonition is not honoured: Material's default icon is shown",
                "mkdocs.yml:15:7: theme feature content.code.copy is not honoured",
                "mkdocs.yml:18:7: option separator of plugin search is not honoured",
                "mkdocs.yml:19:5: plugin blog is not run: blog posts are plain pages: no post list, archive, categories"
                        + " or feeds",
                "mkdocs.yml:20:5: plugin mkdocstrings is not run: runs Python: each ::: reference is a placeholder"
                        + " box naming the object",
                "mkdocs.yml:26:7: option permalink_leftside of toc is not honoured",
                "mkdocs.yml:27:5: Markdown extension markdown_include.include is not honoured: its syntax is shown"
                        + " as written");
    }

    @Test
    void withoutMkdocsYmlThereIsNothingToReport() {
        assertThat(FolioParser.create().compatibility(root)).isEmpty();
    }
}
