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
 * Titles are inline Markdown: admonitions ({@code !!!}, {@code ???} and {@code /// admonition |}), details and tab
 * labels. Each expected HTML as Python-Markdown 3.4 with admonition, pymdownx.details and pymdownx.tabbed writes it.
 */
class TitleMarkdownSpecTest {
    private static final String CONFIG = "markdown_extensions:\n  - admonition\n  - pymdownx.details\n"
            + "  - pymdownx.superfences\n  - pymdownx.tabbed:\n      alternate_style: true\n"
            + "  - pymdownx.blocks.admonition\n";

    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String markdown) throws IOException {
        return SpecPages.content(project, CONFIG, markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    @Test
    void anAdmonitionsTitleShowsCodeEmphasisAndLinks() throws IOException {
        assertThat(html("!!! note \"Use `code`, **bold** and [a link](https://example.com)\"\n\n    Body.\n"))
                .isEqualTo(expected("<div class=\"admonition note\"><p class=\"admonition-title\">Use <code>code</code>,"
                        + " <strong>bold</strong> and <a href=\"https://example.com\">a link</a></p><p>Body.</p></div>"));
    }

    @Test
    void aDetailsSummaryToo() throws IOException {
        assertThat(html("??? tip \"Details with *em*\"\n\n    Body.\n")).isEqualTo(expected(
                "<details class=\"tip\"><summary>Details with <em>em</em></summary><p>Body.</p></details>"));
    }

    @Test
    void aBlocksAdmonitionsTitleToo() throws IOException {
        assertThat(html("/// note | Some `code`\n\nBody.\n///\n")).isEqualTo(expected(
                "<div class=\"admonition note\"><p class=\"admonition-title\">Some <code>code</code></p>"
                        + "<p>Body.</p></div>"));
    }

    @Test
    void aTitleThatLooksLikeABlockStaysText() throws IOException {
        assertThat(html("!!! note \"1. First\"\n\n    Body.\n")).isEqualTo(expected("<div class=\"admonition note\">"
                + "<p class=\"admonition-title\">1. First</p><p>Body.</p></div>"));
        assertThat(diagnostics).isEmpty();
    }
}
