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
 * pymdownx.highlight's options and superfences' fence options, Markdown in and Material's HTML out: the examples of
 * pymdown-extensions' documentation (../shared/realsites/pymdownx/ref/extensions/superfences) and the blocks of a
 * site with Material's recommended settings (../shared/realsites/agents/ref).
 */
class HighlightSpecTest {
    /** A line every lexer of Python colours as Pygments does: the options, not the lexer, are under test here. */
    private static final String IMPORT = "<span class=\"n\">x</span>";

    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String highlight, String markdown) throws IOException {
        String config = highlight.isEmpty() ? "markdown_extensions:\n  - pymdownx.superfences\n"
                : "markdown_extensions:\n  - pymdownx.superfences\n  - pymdownx.highlight:\n" + highlight;
        return SpecPages.content(project, config, markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    /** Pygments' stripnl, which pymdownx.highlight's stripnl option (default true) passes on. */
    @Test
    void blankLinesAtABlocksEndsAreDroppedUnlessStripnlIsOff() throws IOException {
        assertThat(html("", "```python\n\n\nx\n\n\n```\n")).isEqualTo(expected(
                "<div class=\"highlight\"><pre><span></span><code>" + IMPORT + "\n</code></pre></div>"));
        assertThat(html("      stripnl: false\n", "```python\n\nx\n\n```\n")).isEqualTo(expected(
                "<div class=\"highlight\"><pre><span></span><code>\n" + IMPORT + "\n\n</code></pre></div>"));
    }

    @Test
    void withoutOptionsNoLanguageClass() throws IOException {
        assertThat(html("", "```python\nx\n```\n")).isEqualTo(expected(
                "<div class=\"highlight\"><pre><span></span><code>" + IMPORT + "\n</code></pre></div>"));
    }

    @Test
    void materialsRecommendedSettingsALanguageClassASpanAndAnAnchorPerLine() throws IOException {
        String settings = "      anchor_linenums: true\n      line_spans: __span\n      pygments_lang_class: true\n";
        assertThat(html(settings, "```python\nx\n\n```\n\n```python\nx\n```\n"))
                .isEqualTo(expected("<div class=\"language-python highlight\"><pre><span></span><code>"
                        + "<span id=\"__span-0-1\"><a id=\"__codelineno-0-1\" name=\"__codelineno-0-1\" "
                        + "href=\"#__codelineno-0-1\"></a>" + IMPORT + "\n</span></code></pre></div>"
                        + "<div class=\"language-python highlight\"><pre><span></span><code>"
                        + "<span id=\"__span-1-1\"><a id=\"__codelineno-1-1\" name=\"__codelineno-1-1\" "
                        + "href=\"#__codelineno-1-1\"></a>" + IMPORT + "\n</span></code></pre></div>"));
    }

    @Test
    void inlineLineNumbersTheirStartStepAndSpecialLines() throws IOException {
        String inline = "      linenums_style: pymdownx-inline\n";
        assertThat(html(inline, "```python {linenums=\"2\"}\nx\n```\n")).isEqualTo(expected(
                "<div class=\"highlight\"><pre><span></span><code><span class=\"linenos\" data-linenos=\"2 \"></span>"
                        + IMPORT + "\n</code></pre></div>"));
        assertThat(html(inline, "``` {linenums=\"1 1 2\"}\na\nb\nc\n```\n")).isEqualTo(expected(
                "<div class=\"highlight\"><pre><span></span><code><span class=\"linenos\" data-linenos=\"1 \"></span>a\n"
                        + "<span class=\"linenos special\" data-linenos=\"2 \"></span>b\n"
                        + "<span class=\"linenos\" data-linenos=\"3 \"></span>c\n</code></pre></div>"));
        assertThat(html(inline, "```python {linenums=\"1 2\"}\nx\nx\n```\n")).isEqualTo(expected(
                "<div class=\"highlight\"><pre><span></span><code><span class=\"linenos\" data-linenos=\"  \"></span>"
                        + IMPORT + "\n<span class=\"linenos\" data-linenos=\"2 \"></span>" + IMPORT
                        + "\n</code></pre></div>"));
    }

    @Test
    void classesAnIdAndTheLineNumberTable() throws IOException {
        String expected = expected("<div id=\"id\" class=\"extra-class highlight\"><table class=\"highlighttable\"><tr>"
                + "<td class=\"linenos\"><div class=\"linenodiv\"><pre><span></span><span class=\"normal\">1</span></pre>"
                + "</div></td><td class=\"code\"><div><pre><span></span><code><span class=\"n\">x</span>\n</code></pre></div></td></tr></table>"
                + "</div>");
        assertThat(html("", "```python {.extra-class #id linenums=\"1\"}\nx\n```\n")).isEqualTo(expected);
        assertThat(html("", "```{.python .extra-class #id linenums=\"1\"}\nx\n```\n"))
                .isEqualTo(expected);
    }

    @Test
    void withoutPygmentsTheCodeIsLeftToAJavaScriptHighlighter() throws IOException {
        assertThat(html("      use_pygments: false\n", "```python {.extra-class #id linenums=\"1\"}\nx\n```\n"))
                .isEqualTo(expected("<pre class=\"highlight\"><code id=\"id\" class=\"language-python extra-class\" "
                        + "linenums=\"1\">x</code></pre>"));
    }

    @Test
    void linenumsForEveryBlockOrForNone() throws IOException {
        assertThat(html("      linenums: true\n      linenums_style: inline\n", "```\na\n```\n")).isEqualTo(expected(
                "<div class=\"highlight\"><pre><span></span><code><span class=\"linenos\">1 </span>a\n</code></pre></div>"));
        assertThat(html("      linenums: false\n", "``` {linenums=\"1\"}\na\n```\n")).isEqualTo(expected(
                "<div class=\"highlight\"><pre><span></span><code>a\n</code></pre></div>"));
    }

    @Test
    void autoTitlesMappedTitlesAndExtendedLanguages() throws IOException {
        String settings = "      auto_title: true\n      auto_title_map:\n        \"Text Only\": Output\n"
                + "      extend_pygments_lang:\n        - name: pycon3\n          lang: python\n";
        assertThat(html(settings, "```python\nx\n```\n\n```text\nplain\n```\n\n```pycon3\nx\n```\n\n"
                + "```python title=\"Mine\"\nx\n```\n")).isEqualTo(expected(
                "<div class=\"highlight\"><span class=\"filename\">Python</span><pre><span></span><code>" + IMPORT
                        + "\n</code></pre></div>"
                        + "<div class=\"highlight\"><span class=\"filename\">Output</span><pre><span></span><code>plain\n"
                        + "</code></pre></div>"
                        + "<div class=\"highlight\"><span class=\"filename\">Python</span><pre><span></span><code>" + IMPORT
                        + "\n</code></pre></div>"
                        + "<div class=\"highlight\"><span class=\"filename\">Mine</span><pre><span></span><code>" + IMPORT
                        + "\n</code></pre></div>"));
    }

    @Test
    void inlineCodeWithAMockShebangIsHighlighted() throws IOException {
        String config = "markdown_extensions:\n  - pymdownx.highlight\n  - pymdownx.inlinehilite:\n      custom_inline:\n"
                + "        - name: math\n          class: arithmatex\n          format: !!python/object/apply:"
                + "pymdownx.arithmatex.arithmatex_inline_format {kwds: {mode: generic}}\n  - pymdownx.arithmatex:\n"
                + "      generic: true\n";
        assertThat(SpecPages.content(project, config, "Here is some code: `#!python x`, `:::python x`.\n"
                + "The mock shebang will be treated like text here: ` #!js var test = 0; `, `plain`.\n", diagnostics))
                .isEqualTo(expected("<p>Here is some code: <code class=\"highlight\"><span class=\"n\">x</span></code>, "
                        + "<code class=\"highlight\"><span class=\"n\">x</span></code>.\nThe mock shebang will be "
                        + "treated like text here: <code>#!js var test = 0;</code>, <code>plain</code>.</p>"));
        assertThat(SpecPages.content(project, config, "`#!math p(x|y) = \\frac{p(y|x)p(x)}{p(y)}`\n", diagnostics))
                .isEqualTo(expected("<p><span class=\"arithmatex\">\\(p(x|y) = \\frac{p(y|x)p(x)}{p(y)}\\)</span></p>"));
    }

    @Test
    void withoutInlinehiliteAShebangIsCode() throws IOException {
        assertThat(html("", "`#!python x`\n")).isEqualTo(expected("<p><code>#!python x</code></p>"));
    }

    @Test
    void customFencesAsTheirFormatFunctionsWriteThem() throws IOException {
        String config = """
                markdown_extensions:
                  - pymdownx.superfences:
                      custom_fences:
                        - name: diagram
                          class: diagram
                          format: !!python/name:pymdownx.superfences.fence_code_format
                        - name: boxed
                          class: box
                          format: !!python/name:pymdownx.superfences.fence_div_format
                        - name: math
                          class: arithmatex
                          format: !!python/object/apply:pymdownx.arithmatex.arithmatex_fenced_format {kwds: {mode: generic, tag: pre}}
                        - name: md-render
                          class: md-render
                          format: !!python/name:tools.pymdownx_md_render.md_sub_render
                """;
        assertThat(SpecPages.content(project, config, "```diagram\ngraph TD\n    A --> B\n```\n\n```boxed\n<b>\n```\n\n"
                + "```math\n3 < 4\n```\n\n```md-render\n# Kept\n```\n\n```md-render\nagain\n```\n", diagnostics))
                .isEqualTo(expected("<pre class=\"diagram\"><code>graph TD\n    A --&gt; B</code></pre>"
                        + "<div class=\"box\">&lt;b&gt;</div><pre class=\"arithmatex\">\\[3 &lt; 4\\]</pre>"
                        + "<pre class=\"md-render\"><code># Kept</code></pre><pre class=\"md-render\"><code>again</code></pre>"));
        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("custom-fence");
        assertThat(diagnostics.get(0).message()).contains("tools.pymdownx_md_render.md_sub_render");
    }

    @Test
    void highlightedLinesWrapTheirNewline() throws IOException {
        assertThat(html("", "```python {hl_lines=\"1 3\"}\nx\nx\nx\n```\n"))
                .isEqualTo(expected("<div class=\"highlight\"><pre><span></span><code><span class=\"hll\">" + IMPORT
                        + "\n</span>" + IMPORT + "\n<span class=\"hll\">" + IMPORT + "\n</span></code></pre></div>"));
    }

    private String withOptions(String config, String markdown) throws IOException {
        // config continues the highlight entry: its options (":\n      key: value") or the next extensions.
        return SpecPages.content(project, "markdown_extensions:\n  - pymdownx.highlight" + config, markdown,
                diagnostics);
    }

    @Test
    void stylePlainTextStylesPlainInlineCodeAsCodeOfNoLanguageOrOfTheOneItNames() throws IOException {
        String plain = "\n  - pymdownx.superfences\n  - pymdownx.inlinehilite:\n      style_plain_text: true\n";
        assertThat(withOptions(plain, "`x = 1` and `#!python y`\n")).isEqualTo(expected(
                "<p><code class=\"highlight\">x = 1</code> and <code class=\"highlight\"><span class=\"n\">y</span></code></p>"));
        String python = "\n  - pymdownx.superfences\n  - pymdownx.inlinehilite:\n      style_plain_text: python\n";
        assertThat(withOptions(python, "`x = 1`\n")).isEqualTo(expected("<p><code class=\"highlight\"><span class=\"n\">x</span> "
                + "<span class=\"o\">=</span> <span class=\"mi\">1</span></code></p>"));
        String languageClass = ":\n      pygments_lang_class: true" + plain;
        assertThat(withOptions(languageClass, "`x = 1`\n"))
                .isEqualTo(expected("<p><code class=\"language-text highlight\">x = 1</code></p>"));
        String scripted = ":\n      use_pygments: false" + plain;
        assertThat(withOptions(scripted, "`#!python x` `z`\n")).isEqualTo(expected(
                "<p><code class=\"language-python highlight\">x</code> <code class=\"highlight\">z</code></p>"));
        assertThat(withOptions("\n  - pymdownx.inlinehilite\n", "`x = 1`\n"))
                .isEqualTo(expected("<p><code>x = 1</code></p>"));
    }

    @Test
    void inlinehilitesCssClassReplacesTheHighlightersForInlineCode() throws IOException {
        String config = "\n  - pymdownx.inlinehilite:\n      css_class: inline-code\n";
        assertThat(withOptions(config, "`#!python x`\n"))
                .isEqualTo(expected("<p><code class=\"inline-code\"><span class=\"n\">x</span></code></p>"));
    }

    @Test
    void tabsInCodeAreExpandedToFourColumnsUnlessPreserveTabs() throws IOException {
        assertThat(withOptions("\n  - pymdownx.superfences\n", "```\n\tx\n```\n")).isEqualTo(expected(
                "<div class=\"highlight\"><pre><span></span><code>    x\n</code></pre></div>"));
        assertThat(withOptions("\n  - pymdownx.superfences:\n      preserve_tabs: true\n", "```\n\tx\n```\n"))
                .isEqualTo(expected("<div class=\"highlight\"><pre><span></span><code>\tx\n</code></pre></div>"));
        // Indented code is expanded whatever preserve_tabs says, as Python-Markdown expands it before superfences.
        assertThat(withOptions("\n  - pymdownx.superfences:\n      preserve_tabs: true\n", "Text\n\n    in\tdented\n"))
                .isEqualTo(expected("<p>Text</p><div class=\"highlight\"><pre><span></span><code>in  dented\n</code></pre></div>"));
    }

    @Test
    void disableIndentedCodeBlocksMakesIndentedTextAParagraph() throws IOException {
        assertThat(withOptions("\n  - pymdownx.superfences:\n      disable_indented_code_blocks: true\n",
                "Text\n\n    indented\n\n```\nfenced\n```\n")).isEqualTo(expected("<p>Text</p><p>indented</p>"
                        + "<div class=\"highlight\"><pre><span></span><code>fenced\n</code></pre></div>"));
    }

    /** Python-Markdown's codehilite, where a site uses it instead of pymdownx.highlight (Python-Markdown 3.4). */
    @Test
    void codehiliteNamesTheBlockAfterItsClass() throws IOException {
        assertThat(SpecPages.content(project, "markdown_extensions:\n  - codehilite\n  - fenced_code\n",
                "```python\nx\n```\n", diagnostics)).isEqualTo(expected(
                        "<div class=\"codehilite\"><pre><span></span><code>" + IMPORT + "\n</code></pre></div>"));
        assertThat(SpecPages.content(project, "markdown_extensions:\n  - codehilite:\n      css_class: hl\n",
                "```python\nx\n```\n", diagnostics)).isEqualTo(expected(
                        "<div class=\"hl\"><pre><span></span><code>" + IMPORT + "\n</code></pre></div>"));
        assertThat(SpecPages.content(project, "markdown_extensions:\n  - codehilite:\n      use_pygments: false\n",
                "```python\nx = 1\n```\n", diagnostics)).isEqualTo(expected(
                        "<pre><code class=\"language-python\">x = 1</code></pre>"));
    }

    /** codehilite's header line of an indented block (Python-Markdown 3.4). */
    @Test
    void codehiliteReadsTheLanguageOfAnIndentedBlockFromItsFirstLine() throws IOException {
        String config = "markdown_extensions:\n  - codehilite\n";
        assertThat(SpecPages.content(project, config, "    :::python\n    x\n", diagnostics)).isEqualTo(expected(
                "<div class=\"codehilite\"><pre><span></span><code>" + IMPORT + "\n</code></pre></div>"));
        String numbered = SpecPages.content(project, config, "    #!python\n    x\n", diagnostics);
        assertThat(numbered).contains("<table class=\"codehilitetable\">").contains(IMPORT).doesNotContain("#!");
        assertThat(SpecPages.content(project, config, "    #!/usr/bin/python\n    x\n", diagnostics))
                .contains("<span class=\"ch\">#!/usr/bin/python</span>").contains(IMPORT);
    }
}
