package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mkdocs.yml whose settings have shapes nobody meant (an empty value, a number, a list of nothing) is read with
 * diagnostics at worst: the site loads and every page is read. Each setting Folio reads, with each odd shape.
 */
class OddConfigurationTest {
    private static final List<String> SETTINGS = List.of("site_name", "site_url", "site_description", "repo_url",
            "repo_name", "copyright", "docs_dir", "site_dir", "use_directory_urls", "theme", "extra", "nav", "plugins",
            "markdown_extensions", "not_in_nav", "exclude_docs", "draft_docs", "validation", "extra_css",
            "extra_javascript", "watch", "hooks", "edit_uri", "INHERIT");
    private static final List<String> SHAPES = List.of("", "[]", "[null]", "{}", "42", "text", "{x: null}",
            "[{x: null}]", "[[]]");
    private static final List<String> NESTED = List.of("theme:\n  palette: %s\n", "theme:\n  features: %s\n",
            "theme:\n  language: %s\n", "theme:\n  icon: %s\n", "theme:\n  font: %s\n", "extra:\n  alternate: %s\n",
            "extra:\n  social: %s\n", "plugins:\n  - i18n: %s\n", "plugins:\n  - redirects: %s\n",
            "plugins:\n  - search: %s\n", "markdown_extensions:\n  - toc: %s\n",
            "markdown_extensions:\n  - pymdownx.snippets: %s\n", "markdown_extensions:\n  - pymdownx.emoji: %s\n",
            "markdown_extensions:\n  - pymdownx.highlight: %s\n", "markdown_extensions:\n  - abbr: %s\n",
            "validation:\n  nav: %s\n", "nav:\n  - Home: %s\n");

    @TempDir
    Path root;

    @Test
    void everySettingInEveryOddShapeStillLoadsEveryPage() throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/index.md"), "# Home\n\n!!! note\n    Text :smile: ++ctrl++\n");
        Files.writeString(root.resolve("docs/other.md"), "# Other\n");
        List<String> failures = new ArrayList<>();
        List<String> configurations = new ArrayList<>();
        for (String setting : SETTINGS) {
            for (String shape : SHAPES) {
                configurations.add("site_name: Odd\n" + setting + ": " + shape + "\n");
            }
        }
        for (String nested : NESTED) {
            for (String shape : SHAPES) {
                configurations.add("site_name: Odd\n" + nested.formatted(shape));
            }
        }
        for (String configuration : configurations) {
            Files.writeString(root.resolve("mkdocs.yml"), configuration);
            try {
                Site site = FolioParser.create().load(root);
                boolean saysWhy = site.diagnostics().stream().anyMatch(d -> d.message().contains("docs folder"));
                if (site.pages().size() != 2 && !(configuration.contains("docs_dir: 42")
                        || configuration.contains("docs_dir: text")) || site.pages().isEmpty() && !saysWhy) {
                    // A docs_dir that names no folder (42, text) has no pages to read, and must say so.
                    failures.add(configuration + "  → " + site.pages().size() + " pages " + site.diagnostics());
                }
            } catch (RuntimeException e) {
                failures.add(configuration + "  → " + e);
            }
        }
        assertThat(failures).as("configurations that lost pages or threw").isEmpty();
    }
}
