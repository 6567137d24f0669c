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
 * Where Python-Markdown's block rules differ from CommonMark's, Python-Markdown's win: every page in this dialect was
 * written against them. Markdown in and HTML out, each expected HTML as Python-Markdown 3.4 (with toc) writes it.
 */
class PythonMarkdownRulesSpecTest {
    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String markdown) throws IOException {
        return SpecPages.content(project, "markdown_extensions:\n  - toc\n", markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    @Test
    void aHashHeadingNeedsNoSpaceAfterItsHashes() throws IOException {
        assertThat(html("####Heading\n\ntext\n##Second ##\nmore\n\n#######x\n\n   ##Indented\n\n## Spaced\n"))
                .isEqualTo(expected("<h4 id=\"heading\">Heading</h4><p>text</p><h2 id=\"second\">Second</h2>"
                        + "<p>more</p><h6 id=\"x\">#x</h6><p>##Indented</p><h2 id=\"spaced\">Spaced</h2>"));
    }

    @Test
    void aListDoesNotInterruptAParagraph() throws IOException {
        assertThat(html("Some text\n- item one\n- item two\n\nText\n1. one\n"))
                .isEqualTo(expected("<p>Some text\n- item one\n- item two</p><p>Text\n1. one</p>"));
    }

    @Test
    void aMarkerUnderAnItemsLaterParagraphIsThatParagraphsText() throws IOException {
        // pymdown-extensions' own snippets page: "-   Negative indexes…" right under an item's second paragraph
        assertThat(html("-   First item.\n\n    Second paragraph\n    of it.\n-   Lazy line?\n-   Another\n\nAfter\n\n-   A\n-   B\n"))
                .isEqualTo(expected("""
                        <ul><li><p>First item.</p><p>Second paragraph
                        of it.
                        -   Lazy line?
                        -   Another</p></li></ul><p>After</p><ul><li>A</li><li>B</li></ul>"""));
    }

    @Test
    void itemsNestAndContinueAtFourSpacesNotTwo() throws IOException {
        assertThat(html("- a\n  - b\n  - c\n- d\n"))
                .isEqualTo(expected("<ul><li>a</li><li>b</li><li>c</li><li>d</li></ul>"));
        assertThat(html("- a\n    - b\n- c\n"))
                .isEqualTo(expected("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"));
        assertThat(html("- item\n\n  continued\n")).isEqualTo(expected("<ul><li>item</li></ul><p>continued</p>"));
        assertThat(html("- item\n\n    continued\n"))
                .isEqualTo(expected("<ul><li><p>item</p><p>continued</p></li></ul>"));
    }

    @Test
    void itemsAreLooseOneByOne() throws IOException {
        assertThat(html("- a\n\n- b\n- c\n"))
                .isEqualTo(expected("<ul><li><p>a</p></li><li><p>b</p></li><li>c</li></ul>"));
    }

    @Test
    void listsAreNumberedFromOneAndAnyMarkerContinuesThem() throws IOException {
        assertThat(html("3. three\n4. four\n\n1) one\n"))
                .isEqualTo(expected("<ol><li>three</li><li>four</li></ol><p>1) one</p>"));
        assertThat(html("- a\n+ b\n* c\n")).isEqualTo(expected("<ul><li>a</li><li>b</li><li>c</li></ul>"));
    }

    @Test
    void dashesUnderAParagraphOfSeveralLinesAreARuleAndEqualsSignsAreText() throws IOException {
        assertThat(html("para line\nanother\n---\n\nTitle\n---\n")).isEqualTo(expected(
                "<p>para line\nanother</p><hr><h2 id=\"title\">Title</h2>"));
        assertThat(html("a *b*\nc\n===\nd\n\n## Next\n")).isEqualTo(expected(
                "<p>a <em>b</em>\nc\n===\nd</p><h2 id=\"next\">Next</h2>"));
    }

    @Test
    void threeStarsAreStrongAroundEmphasis() throws IOException {
        assertThat(html("***bold italic*** and _**kept**_\n")).isEqualTo(expected(
                "<p><strong><em>bold italic</em></strong> and <em><strong>kept</strong></em></p>"));
    }

    /** Python-Markdown's HTML_RE: from a letter after {@code <} to the next {@code >}, whatever lies between. */
    @Test
    void inlineHtmlIsAnythingFromATagNameToTheNextAngleBracket() throws IOException {
        assertThat(html("""
                An image <img alt="x" class="gemoji"src="a.png" title="y"/> here, a <user_name> placeholder.

                Autolinks <https://example.com>, not <!DOCTYPE html>.

                A comment <!-- a > b --> and a tag over
                two lines <span
                class="x">y</span>, 1 < 2 > 0 and a<b.
                """)).isEqualTo(expected("""
                <p>An image <img alt="x" class="gemoji"src="a.png" title="y"/> here, a <user_name> placeholder.</p>\
                <p>Autolinks <a href="https://example.com">https://example.com</a>, not &lt;!DOCTYPE html&gt;.</p>\
                <p>A comment <!-- a > b --> and a tag over
                two lines <span
                class="x">y</span>, 1 &lt; 2 &gt; 0 and a&lt;b.</p>"""));
    }

    /**
     * An escaped character is stashed before any later syntax runs: no issue link, emoji, footnote reference, smart
     * quote or symbol is made of it (expected HTML: Python-Markdown 3.10 with pymdown-extensions 10).
     */
    @Test
    void anEscapedCharacterStartsNoLaterSyntax() throws IOException {
        String config = """
                markdown_extensions:
                  - footnotes
                  - smarty
                  - pymdownx.smartsymbols
                  - pymdownx.emoji
                  - pymdownx.magiclink:
                      repo_url_shorthand: true
                      user: u
                      repo: r
                """;
        String html = SpecPages.content(project, config, """
                Issue \\#1 but #2, \\[^1] but [^1], \\"quoted\\" but "quoted", \\(c) but (c), 1\\--2 but 1--2.

                [^1]: Note.
                """, diagnostics);
        assertThat(html).startsWith(expected("""
                <p>Issue #1 but <a class="magiclink magiclink-github magiclink-issue" \
                href="https://github.com/u/r/issues/2" title="GitHub Issue: u/r #2">#2</a>, [^1] but \
                <sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>, "quoted" but &ldquo;quoted&rdquo;, \
                (c) but &copy;, 1--2 but 1&ndash;2.</p>"""));
        assertThat(SpecPages.content(project, config, "\\:smile: but :smile:\n", diagnostics))
                .isEqualTo("<p>:smile: but<span class=\"emoji\" title=\":smile:\">😄</span></p>");
    }

    /** Python-Markdown's ESCAPED_CHARS; with toc and superfences nothing is added to them. */
    @Test
    void aBackslashEscapesOnlyPythonMarkdownsCharacters() throws IOException {
        assertThat(html("\\# \\* \\_ \\` \\{ \\| \\~ \\& \\\"\n\nline one\\\nline two\n")).isEqualTo(expected(
                "<p># * _ ` { \\| \\~ \\&amp; \\\"</p><p>line one\\\nline two</p>"));
    }

    @Test
    void saneListsKeepTheKindsApartAndTheFirstNumber() throws IOException {
        assertThat(SpecPages.content(project, "markdown_extensions:\n  - sane_lists\n", "3. one\n4. two\n\n- a\n\n- b\n",
                diagnostics)).isEqualTo(expected("<ol start=\"3\"><li>one</li><li>two</li></ol>"
                        + "<ul><li><p>a</p></li><li><p>b</p></li></ul>"));
    }

    @Test
    void nl2brMakesEveryLineEndABreak() throws IOException {
        assertThat(SpecPages.content(project, "markdown_extensions:\n  - nl2br\n", "line one\nline two\n", diagnostics))
                .isEqualTo(expected("<p>line one<br />\nline two</p>"));
    }

    @Test
    void markdownZeroKeepsTheElementRaw() throws IOException {
        assertThat(SpecPages.content(project, "markdown_extensions:\n  - md_in_html\n",
                "<div markdown=\"0\">\n*raw*\n</div>\n\n<div markdown>\n*parsed*\n</div>\n", diagnostics))
                .isEqualTo(expected("<div markdown=\"0\">\n*raw*\n</div><div><p><em>parsed</em></p></div>"));
    }

    @Test
    void textAfterARawBlocksEndTagOnItsLineIsMarkdown() throws IOException {
        assertThat(html("<div>text</div> tail *x*\n\n<div>\n*raw*\n</div>\n")).isEqualTo(expected(
                "<div>text</div><p>tail <em>x</em></p><div>\n*raw*\n</div>"));
    }

    /** Where the two agree, checked all the same: {@code _} inside words, code spans, lazy continuation lines. */
    @Test
    void underscoresInWordsCodeSpansAndLazyLinesAsBothReadThem() throws IOException {
        assertThat(html("snake_case_name and _emph_ and `` ` `` and ` a `\n\n> quote\nlazy line\n\n- item\n"
                + "lazy item line\n")).isEqualTo(expected("<p>snake_case_name and <em>emph</em> and <code>`</code> and "
                        + "<code>a</code></p><blockquote><p>quote\nlazy line</p></blockquote>"
                        + "<ul><li>item\nlazy item line</li></ul>"));
    }
}
