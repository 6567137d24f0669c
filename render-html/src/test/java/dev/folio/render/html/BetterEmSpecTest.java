package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Emphasis as Python-Markdown and pymdownx.betterem pair it, not as CommonMark does: each example of betterem's
 * documentation page (smart underscores, plain asterisks: its default), expected HTML as its published page shows it
 * (pymdown-extensions 10), and Python-Markdown's own rules where betterem is not listed (Python-Markdown 3.10).
 */
class BetterEmSpecTest extends ExtensionSpec {
    private static final String BETTEREM = "  - pymdownx.betterem\n";

    @Test
    void tokensNeedTextOnTheirInnerSide() throws IOException {
        assertThat(html(BETTEREM, "This * won't emphasize *\n\nThis *will emphasize*\n")).isEqualTo(expected(
                "<p>This * won't emphasize *</p><p>This <em>will emphasize</em></p>"));
    }

    @Test
    void nestedTokensAndTheSaneOptionFirst() throws IOException {
        assertThat(html(BETTEREM, """
                ***I'm italic and bold* I am just bold.**

                ***I'm bold and italic!** I am just italic.*

                *I'm italic. **I'm bold and italic.** I'm also just italic.*
                """)).isEqualTo(expected("""
                <p><strong><em>I'm italic and bold</em> I am just bold.</strong></p>\
                <p><em><strong>I'm bold and italic!</strong> I am just italic.</em></p>\
                <p><em>I'm italic. <strong>I'm bold and italic.</strong> I'm also just italic.</em></p>"""));
    }

    @Test
    void smartUnderscoresBreakOnlyWhereATokenEnds() throws IOException {
        assertThat(html(BETTEREM, """
                ___A lot of underscores____________is okay___

                __This will all be bold __because of the placement of the center underscores.__

                __This will all be bold __ because of the placement of the center underscores.__

                __This will NOT all be bold__ because of the placement of the center underscores.__

                __This will all be bold_ because the token count is less than that of the surrounding.__
                """)).isEqualTo(expected("""
                <p><strong><em>A lot of underscores____________is okay</em></strong></p>\
                <p><strong>This will all be bold __because of the placement of the center underscores.</strong></p>\
                <p><strong>This will all be bold __ because of the placement of the center underscores.</strong></p>\
                <p><strong>This will NOT all be bold</strong> because of the placement of the center underscores.__</p>\
                <p><strong>This will all be bold_ because the token count is less than that of the surrounding.\
                </strong></p>"""));
    }

    @Test
    void floatingTokensInsidePlainEmphasis() throws IOException {
        assertThat(html(BETTEREM, """
                *All will * be italic*

                *All will *be italic*

                *All will not* be italic*

                *All will ** be italic*

                **All will * be bold**

                **All will *be bold**

                **All will not*** be bold**

                **All will not ***be bold**
                """)).isEqualTo(expected("""
                <p><em>All will * be italic</em></p>\
                <p><em>All will *be italic</em></p>\
                <p><em>All will not</em> be italic*</p>\
                <p><em>All will ** be italic</em></p>\
                <p><strong>All will * be bold</strong></p>\
                <p><strong>All will *be bold</strong></p>\
                <p><strong>All will not</strong>* be bold**</p>\
                <p><strong>All will not *</strong>be bold**</p>"""));
    }

    @Test
    void escapedTokensCodeAndLinksAreNeverTokens() throws IOException {
        assertThat(html(BETTEREM, "*a \\* b* and `*c*` and **[*d*](https://example.com) e** and \\_f_ and _g\\_\n"))
                .isEqualTo(expected("""
                <p><em>a * b</em> and <code>*c*</code> and <strong><a href="https://example.com"><em>d</em></a> e</strong> \
                and _f_ and _g_</p>"""));
    }

    /** A lone run of tokens between spaces is text ({@code **} here), so the strong runs on to the next pair. */
    @Test
    void withoutBetterEmPythonMarkdownsOwnRules() throws IOException {
        assertThat(html("  - attr_list\n", """
                影響* *所有* *過去 and **a。 ** and *a **b***

                ***a*b** and a*b*c and snake_case_name and __a__
                """)).isEqualTo(expected("""
                <p>影響<em> </em>所有<em> </em>過去 and <strong>a。 ** and <em>a **b</em></strong></p>
                <p><strong><em>a</em>b</strong> and a<em>b</em>c and snake_case_name and <strong>a</strong></p>"""));
    }
}
