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
 * Python-Markdown's smarty with its options, Markdown in and HTML out, each expected HTML as Python-Markdown 3.4
 * writes it.
 */
class SmartySpecTest {
    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String options, String markdown) throws IOException {
        return SpecPages.content(project, "markdown_extensions:\n  - smarty" + options, markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    @Test
    void dashesAndEllipses() throws IOException {
        assertThat(html("\n", "An em---dash, an en--dash and ----four. Wait... and ....four\n")).isEqualTo(expected(
                "<p>An em&mdash;dash, an en&ndash;dash and ----four. Wait&hellip; and ....four</p>"));
    }

    @Test
    void quotesOpenAndCloseApostrophesAndDecades() throws IOException {
        assertThat(html("\n", "\"Hello,\" she said. 'Quoted' words, it's the '80s.\n")).isEqualTo(expected(
                "<p>&ldquo;Hello,&rdquo; she said. &lsquo;Quoted&rsquo; words, it&rsquo;s the &rsquo;80s.</p>"));
    }

    @Test
    void optionsAndSubstitutions() throws IOException {
        assertThat(html(":\n      smart_quotes: false\n      smart_angled_quotes: true\n      substitutions:\n"
                + "        ndash: '&#8211;'\n        left-angle-quote: '&bdquo;'\n",
                "\"Not curly\" -- but << angled >>...\n")).isEqualTo(expected(
                        "<p>\"Not curly\" &#8211; but &bdquo; angled &raquo;&hellip;</p>"));
    }

    @Test
    void codeIsLeftAlone() throws IOException {
        assertThat(html("\n", "`\"code\" -- ...` and \"text\"\n")).isEqualTo(expected(
                "<p><code>\"code\" -- ...</code> and &ldquo;text&rdquo;</p>"));
    }
}
