package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python-Markdown's toc as a site configures it, Markdown in and HTML out, each expected HTML as Python-Markdown (3.4,
 * with pymdown-extensions' slugs) writes it: the slug function named in {@code slugify} (read by name, never run), the
 * {@code separator}, {@code anchorlink}, {@code baselevel}, {@code title}, and the extension under its long name
 * {@code markdown.extensions.toc}.
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

    @Test
    void anchorlinkMakesEachHeadingsTextALinkToItBeforeThePermalink() throws IOException {
        assertThat(html("  - toc:\n      anchorlink: true\n      permalink: \"#\"\n", "## Section *em*\n"))
                .isEqualTo(expected("<h2 id=\"section-em\"><a class=\"toclink\" href=\"#section-em\">Section <em>em</em></a>"
                        + "<a class=\"headerlink\" href=\"#section-em\" title=\"Permanent link\">#</a></h2>"));
        assertThat(html("  - toc:\n      anchorlink: true\n      anchorlink_class: my-link\n", "## Section\n"))
                .isEqualTo(expected("<h2 id=\"section\"><a class=\"my-link\" href=\"#section\">Section</a></h2>"));
    }

    @Test
    void baselevelShiftsEveryHeadingNoneDeeperThanSix() throws IOException {
        assertThat(html("  - toc:\n      baselevel: 3\n", "# Title\n\n## Section\n\n###### Six\n"))
                .isEqualTo(expected("<h3 id=\"title\">Title</h3><h4 id=\"section\">Section</h4><h6 id=\"six\">Six</h6>"));
    }

    /** Material's partials/toc.html: {@code config.mdx_configs.toc.title} replaces the language's label. */
    @Test
    void theTitleNamesTheTableOfContents() throws IOException {
        html("  - toc:\n      title: On this page\n", "# Page\n\n## One\n\n## Two\n");
        Element toc = Jsoup.parse(project.resolve("site/index.html").toFile(), "UTF-8")
                .selectFirst("nav.md-nav--secondary");
        assertThat(toc.attr("aria-label")).isEqualTo("On this page");
        assertThat(toc.selectFirst(".md-nav__title").text()).isEqualTo("On this page");

        html("  - toc\n", "# Page\n\n## One\n\n## Two\n");
        assertThat(Jsoup.parse(project.resolve("site/index.html").toFile(), "UTF-8")
                .selectFirst("nav.md-nav--secondary .md-nav__title").text()).isEqualTo("Table of contents");
    }
}
