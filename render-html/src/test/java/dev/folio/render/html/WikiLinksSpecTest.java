package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python-Markdown's wikilinks with its options, each expected HTML as Python-Markdown 3.4 writes it. */
class WikiLinksSpecTest {
    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String options, String markdown) throws IOException {
        return SpecPages.content(project, "markdown_extensions:\n  - wikilinks" + options, markdown, diagnostics);
    }

    @Test
    void aBracketedLabelLinksToItsPage() throws IOException {
        assertThat(html("\n", "See [[Bracketed]] and [[Page  Name_ x]].\n")).isEqualTo(SpecPages.canonical(
                "<p>See <a class=\"wikilink\" href=\"/Bracketed/\">Bracketed</a> and "
                        + "<a class=\"wikilink\" href=\"/Page_Name_x/\">Page  Name_ x</a>.</p>"));
    }

    @Test
    void baseEndAndClass() throws IOException {
        assertThat(html(":\n      base_url: /wiki/\n      end_url: .html\n      html_class: wl\n", "See [[Bracketed]].\n"))
                .isEqualTo(SpecPages.canonical("<p>See <a class=\"wl\" href=\"/wiki/Bracketed.html\">Bracketed</a>.</p>"));
    }

    @Test
    void withoutTheExtensionItIsText() throws IOException {
        assertThat(SpecPages.content(project, "markdown_extensions:\n  - toc\n", "See [[Bracketed]].\n", diagnostics))
                .isEqualTo(SpecPages.canonical("<p>See [[Bracketed]].</p>"));
    }
}
