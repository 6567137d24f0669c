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
 * Python-Markdown's attr_list, Markdown in and HTML out: the examples of its documentation and the positions it
 * reads, each expected HTML as Python-Markdown (3.4, with attr_list, tables and toc) writes it.
 */
class AttrListSpecTest {
    private static final String CONFIG = "markdown_extensions:\n  - attr_list\n  - tables\n  - toc\n";

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
    void aParagraphTakesTheListOnItsLastLine() throws IOException {
        assertThat(html("This is a paragraph.\n{: #an_id .a_class }\n"))
                .isEqualTo(expected("<p class=\"a_class\" id=\"an_id\">This is a paragraph.</p>"));
    }

    @Test
    void headingsTakeTheListAtTheirEndAndLoseTheirClosingHashes() throws IOException {
        assertThat(html("A setext style header {: #setext}\n---------------------------------\n\n"
                + "### A hash style header ### {: #hash }\n")).isEqualTo(expected(
                        "<h2 id=\"setext\">A setext style header</h2><h3 id=\"hash\">A hash style header</h3>"));
    }

    @Test
    void anInlineElementTakesTheListRightAfterIt() throws IOException {
        assertThat(html("[link](http://example.com){: class=\"foo bar\" title=\"Some title!\" }\n")).isEqualTo(expected(
                "<p><a class=\"foo bar\" href=\"http://example.com\" title=\"Some title!\">link</a></p>"));
    }

    @Test
    void tableCellsTakeTheListAtTheirEnd() throws IOException {
        assertThat(html("| head {: .h } | other |\n|--------------|-------|\n| cell {: .td } | C# {: .kept } |\n"))
                .isEqualTo(expected("<table><thead><tr><th class=\"h\">head</th><th>other</th></tr></thead>"
                        + "<tbody><tr><td class=\"td\">cell</td><td class=\"kept\">C#</td></tr></tbody></table>"));
    }

    /** As the published pymdown-extensions site writes {@code # 9.0 Migration Notes {: #\9.0}}: the escape dropped. */
    @Test
    void aBackslashInAnIdEscapesTheNextCharacter() throws IOException {
        assertThat(html("## 9.0 Migration Notes {: #\\9.0}\n"))
                .isEqualTo(expected("<h2 id=\"9.0\">9.0 Migration Notes</h2>"));
    }

    /** As pymdown-extensions' magiclink page writes its footnote-like mark, {@code ^†^{#\_fn_1}}. */
    @Test
    void superscriptsAndSubscriptsTakeTheListRightAfterThem() throws IOException {
        String config = CONFIG + "  - pymdownx.caret\n  - pymdownx.tilde\n";
        assertThat(SpecPages.content(project, config, "[x](#_fn_1)\n\n^note^{#\\_fn_1} and H~2~{: .chem }O\n",
                diagnostics)).isEqualTo(expected("<p><a href=\"#_fn_1\">x</a></p>"
                        + "<p><sup id=\"_fn_1\">note</sup> and H<sub class=\"chem\">2</sub>O</p>"));
        assertThat(diagnostics).noneMatch(d -> d.code().equals("missing-anchor"));
    }

    @Test
    void definitionTermsTakeTheListAtTheirEndAndTightDefinitionsOnTheirLastLine() throws IOException {
        String config = CONFIG + "  - def_list\n";
        assertThat(SpecPages.content(project, config, "Term\n:   Definition\n    {: .d }\n\nTerm 2 {: #t2 }\n"
                + ":   Def two\n\nLoose {: .l }\n\n:   Para\n", diagnostics)).isEqualTo(expected("<dl><dt>Term</dt>"
                        + "<dd class=\"d\">Definition</dd><dt id=\"t2\">Term 2</dt><dd>Def two</dd>"
                        + "<dt class=\"l\">Loose</dt><dd><p>Para</p></dd></dl>"));
    }
}
