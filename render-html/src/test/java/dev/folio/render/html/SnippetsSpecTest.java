package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pymdownx.snippets, Markdown in and HTML out: the examples of its documentation, each expected HTML as Python-Markdown
 * 3.4 with pymdown-extensions' current snippets.py (10.x: lines, sections, dedent) writes it.
 */
class SnippetsSpecTest {
    private static final String CONFIG = """
            markdown_extensions:
              - admonition
              - pymdownx.superfences
              - pymdownx.snippets:
                  base_path: [snippets, legal/LICENSE.md]
            """;
    private static final String EXAMPLE_PY = """
            import os

            # --8<-- [start:func]
            def my_function(var):
                pass
            # --8<-- [end:func]

            class Thing:
                # --8<-- [start:method]
                def method(self):
                    return 1
                # --8<-- [end:method]
            """;

    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    @BeforeEach
    void snippetFiles() throws IOException {
        write("snippets/fileA.md", "Content of file A.");
        write("snippets/fileB.md", "Content of file B.");
        write("snippets/example.py", EXAMPLE_PY);
        write("snippets/lines.md", "line 1\nline 2\nline 3\nline 4\nline 5\nline 6\n");
        write("snippets/refs.md", "[ref]: https://example.com/ref \"Ref\"\n");
        write("snippets/note.md", "Note from a snippet with **bold**.\n");
        write("legal/LICENSE.md", "MIT License\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String html(String markdown) throws IOException {
        return html(CONFIG, markdown);
    }

    private String html(String config, String markdown) throws IOException {
        return SpecPages.content(project, config, markdown, diagnostics);
    }

    private String code(String markdown) throws IOException {
        return code(CONFIG, markdown);
    }

    private String code(String config, String markdown) throws IOException {
        return Jsoup.parseBodyFragment(html(config, markdown)).selectFirst("pre code").wholeText();
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    private List<String> problems() {
        return diagnostics.stream().filter(d -> d.severity() != Severity.INFO || d.code().startsWith("snippet"))
                .map(d -> d.severity() + " " + d).toList();
    }

    @Test
    void aBlockIncludesEachFileAndKeepsItsBlankLines() throws IOException {
        assertThat(html("--8<--\nfileA.md\n\nfileB.md\n--8<--\n"))
                .isEqualTo(expected("<p>Content of file A.</p><p>Content of file B.</p>"));
        assertThat(html("--8<--\nfileA.md\nfileB.md\n--8<--\n"))
                .isEqualTo(expected("<p>Content of file A.\nContent of file B.</p>"));
        assertThat(problems()).isEmpty();
    }

    @Test
    void aCommentedOutPathIsSkipped() throws IOException {
        assertThat(html("--8<--\nfileA.md\n; fileB.md\n--8<--\n")).isEqualTo(expected("<p>Content of file A.</p>"));
    }

    @Test
    void anyNumberOfDashesMakesTheScissors() throws IOException {
        assertThat(html("-8<- \"note.md\"\n\n---8<--------- \"note.md\"\n")).isEqualTo(expected(
                "<p>Note from a snippet with <strong>bold</strong>.</p>"
                        + "<p>Note from a snippet with <strong>bold</strong>.</p>"));
    }

    @Test
    void anIndentedIncludeIndentsTheFileSoItStaysInItsBlock() throws IOException {
        assertThat(html("!!! note\n\n    --8<-- \"note.md\"\n")).isEqualTo(expected("<div class=\"admonition note\">"
                + "<p class=\"admonition-title\">Note</p><p>Note from a snippet with <strong>bold</strong>.</p></div>"));
    }

    /** "Snippets is run as a preprocessor, so if a snippet is found in a fenced code block etc., it will still get processed." */
    @Test
    void anIncludeInsideAFencedBlockFillsTheBlock_sectionMarkersLeftOut() throws IOException {
        assertThat(code("```python\n--8<-- \"example.py\"\n```\n")).isEqualTo("""
                import os

                def my_function(var):
                    pass

                class Thing:
                    def method(self):
                        return 1
                """);
    }

    @Test
    void aSectionIsTheTextBetweenItsStartAndEndMarkers() throws IOException {
        assertThat(code("```python\n--8<-- \"example.py:func\"\n```\n"))
                .isEqualTo("def my_function(var):\n    pass\n");
        assertThat(code("```python\n--8<-- \"example.py:method\"\n```\n"))
                .isEqualTo("    def method(self):\n        return 1\n");
    }

    @Test
    void dedentSubsectionsRemovesTheSectionsCommonIndentation() throws IOException {
        assertThat(code(CONFIG + "      dedent_subsections: true\n", "```python\n--8<-- \"example.py:method\"\n```\n"))
                .isEqualTo("def method(self):\n    return 1\n");
    }

    @Test
    void linesAreSelectedByStartEndRangesAndFromTheEnd() throws IOException {
        assertThat(html("""
                --8<-- "lines.md:2:3"

                --8<-- "lines.md::2"

                --8<-- "lines.md:5"

                --8<-- "lines.md:1:1,6:6"

                --8<-- "lines.md:-3:-2"
                """)).isEqualTo(expected("<p>line 2\nline 3</p><p>line 1\nline 2</p><p>line 5\nline 6</p>"
                        + "<p>line 1\nline 6</p><p>line 5\nline 6</p>"));
    }

    @Test
    void aSemicolonEscapesTheScissorsAndIsRemoved() throws IOException {
        assertThat(code("```\n;--8<-- \"escaped.md\"\n;;--8<-- \"escaped.md\"\n```\n"))
                .isEqualTo("--8<-- \"escaped.md\"\n;--8<-- \"escaped.md\"\n");
        assertThat(problems()).isEmpty();
    }

    @Test
    void anAutoAppendedFileOfReferenceLinksServesThePage() throws IOException {
        assertThat(html(CONFIG + "      auto_append: [refs.md]\n", "See [the reference][ref].\n")).isEqualTo(
                expected("<p>See <a href=\"https://example.com/ref\" title=\"Ref\">the reference</a>.</p>"));
        assertThat(problems()).isEmpty();
    }

    @Test
    void referenceLinksOfAnIncludedFileServeThePage() throws IOException {
        assertThat(html("See [the reference][ref].\n\n--8<-- \"refs.md\"\n")).isEqualTo(
                expected("<p>See <a href=\"https://example.com/ref\" title=\"Ref\">the reference</a>.</p>"));
    }

    @Test
    void aBasePathThatIsAFileMatchesItsOwnNameOnly() throws IOException {
        assertThat(html("--8<-- \"LICENSE.md\"\n\n--8<-- \"legal/LICENSE.md\"\n"))
                .isEqualTo(expected("<p>MIT License</p>"));
    }

    @Test
    void aMissingFileIsRemoved_aNoteWithoutCheckPaths_anErrorWithIt() throws IOException {
        assertThat(html("Before.\n--8<-- \"nothing.md\"\nAfter.\n")).isEqualTo(expected("<p>Before.\nAfter.</p>"));
        assertThat(problems()).containsExactly("INFO docs/index.md:2:1: snippet file not found: nothing.md");

        diagnostics.clear();
        html(CONFIG + "      check_paths: true\n", "--8<-- \"nothing.md\"\n\n--8<-- \"example.py:absent\"\n");
        assertThat(problems()).containsExactly("ERROR docs/index.md:1:1: snippet file not found: nothing.md",
                "ERROR docs/index.md:3:1: snippet section 'absent' not found in snippets/example.py");
    }

    @Test
    void urlDownloadIsRefusedOnceAndAUrlIsNeverFetched() throws IOException {
        assertThat(html(CONFIG + "      url_download: true\n", "--8<-- \"https://example.org/x.md\"\n\nText.\n"))
                .isEqualTo(expected("<p>Text.</p>"));
        assertThat(problems()).containsExactlyInAnyOrder("WARNING mkdocs.yml:7:7: url_download of pymdownx.snippets is refused:"
                + " Folio reads no network at build time, so includes of URLs are left out",
                "WARNING docs/index.md:1:1: snippet URLs are not downloaded: https://example.org/x.md");
    }
}
