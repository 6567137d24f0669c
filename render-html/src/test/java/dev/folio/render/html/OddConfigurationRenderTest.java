package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings the website reads (theme, palette, logo, social links, extra files, copyright, …) in shapes nobody
 * meant: the site is still written, every page of it.
 */
class OddConfigurationRenderTest {
    private static final List<String> SHAPES = List.of("", "[]", "[null]", "{}", "42", "text", "{x: null}",
            "[{x: null}]");
    private static final List<String> SETTINGS = List.of("site_url: %s\n", "repo_url: %s\n", "repo_name: %s\n",
            "copyright: %s\n", "theme: %s\n", "theme:\n  palette: %s\n", "theme:\n  features: %s\n",
            "theme:\n  icon: %s\n", "theme:\n  icon:\n    repo: %s\n", "theme:\n  logo: %s\n",
            "theme:\n  favicon: %s\n", "theme:\n  language: %s\n", "theme:\n  custom_dir: %s\n", "extra: %s\n",
            "extra:\n  social: %s\n", "extra:\n  social:\n    - icon: %s\n", "extra:\n  alternate: %s\n",
            "extra_css: %s\n", "extra_javascript: %s\n", "plugins:\n  - social: %s\n", "plugins:\n  - redirects: %s\n",
            "plugins:\n  - redirects:\n      redirect_maps: %s\n", "markdown_extensions:\n  - toc: %s\n",
            "markdown_extensions:\n  - toc:\n      permalink: %s\n", "nav: %s\n", "use_directory_urls: %s\n");

    @TempDir
    Path project;

    @Test
    void everyOddShapeOfASettingTheWebsiteReadsStillWritesEveryPage() throws Exception {
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/index.md"), "# Home\n\nSee [the other page](other.md).\n");
        Files.writeString(project.resolve("docs/other.md"), "# Other\n");
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (String setting : SETTINGS) {
            for (String shape : SHAPES) {
                String configuration = "site_name: Odd\n" + setting.formatted(shape);
                Files.writeString(project.resolve("mkdocs.yml"), configuration);
                Path out = project.resolve("out" + run++);
                try {
                    Site site = FolioParser.create().load(project);
                    new HtmlRenderer().render(site, RenderContext.builder(project, out)
                            .diagnostics(new Diagnostics()).build());
                    boolean written = Files.exists(out.resolve("index.html")) || Files.exists(out.resolve("en/index.html"));
                    if (!written) {
                        failures.add(configuration + "  → no home page");
                    }
                } catch (Exception | StackOverflowError e) {
                    failures.add(configuration + "  → " + e);
                }
            }
        }
        assertThat(failures).as("configurations the website could not be written with").isEmpty();
    }
}
