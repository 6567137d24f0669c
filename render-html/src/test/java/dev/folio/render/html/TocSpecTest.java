package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python-Markdown's toc as a site configures it, Markdown in and HTML out, each expected HTML as Python-Markdown (3.4,
 * with pymdown-extensions' slugs) writes it: the slug function named in {@code slugify} (read by name, never run), the
 * {@code separator}, and the extension under its long name {@code markdown.extensions.toc}.
 */
class TocSpecTest {
    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String toc, String markdown) throws IOException {
        return SpecPages.content(project, "markdown_extensions:\n" + toc, markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    @Test
    void aConfiguredSlugifyGivesTheIds() throws IOException {
        String pymdownx = "  - markdown.extensions.toc:\n"
                + "      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}\n";
        assertThat(html(pymdownx, "## Contributing & Support\n"))
                .isEqualTo(expected("<h2 id=\"contributing--support\">Contributing &amp; Support</h2>"));
    }

    @Test
    void theSeparatorJoinsTheWords() throws IOException {
        assertThat(html("  - toc:\n      separator: _\n", "## Hello World\n"))
                .isEqualTo(expected("<h2 id=\"hello_world\">Hello World</h2>"));
    }

    @Test
    void theLongNameIsTheSameExtension() throws IOException {
        assertThat(html("  - markdown.extensions.toc:\n      permalink: \"#\"\n", "## Hello World\n"))
                .isEqualTo(expected("<h2 id=\"hello-world\">Hello World<a class=\"headerlink\" href=\"#hello-world\" "
                        + "title=\"Permanent link\">#</a></h2>"));
    }
}
