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
 * Python-Markdown's footnotes with its options, Markdown in and HTML out, each expected HTML as Python-Markdown 3.4
 * writes it.
 */
class FootnotesSpecTest {
    private static final String PAGE = "Text[^1] and again[^1].\n\n[^1]: The note.\n";

    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String options) throws IOException {
        return SpecPages.content(project, "markdown_extensions:\n  - footnotes" + options, PAGE, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    @Test
    void referencesAndBackLinksByDefault() throws IOException {
        assertThat(html("\n")).isEqualTo(expected("<p>Text<sup id=\"fnref:1\"><a class=\"footnote-ref\" href=\"#fn:1\">1</a>"
                + "</sup> and again<sup id=\"fnref2:1\"><a class=\"footnote-ref\" href=\"#fn:1\">1</a></sup>.</p>"
                + "<div class=\"footnote\"><hr /><ol><li id=\"fn:1\"><p>The note.&#160;<a class=\"footnote-backref\" "
                + "href=\"#fnref:1\" title=\"Jump back to footnote 1 in the text\">&#8617;</a><a class=\"footnote-backref\""
                + " href=\"#fnref2:1\" title=\"Jump back to footnote 1 in the text\">&#8617;</a></p></li></ol></div>"));
    }

    @Test
    void backlinkTextTitleSuperscriptAndSeparator() throws IOException {
        assertThat(html(":\n      BACKLINK_TEXT: \"^\"\n      BACKLINK_TITLE: \"Back to %d\"\n"
                + "      SUPERSCRIPT_TEXT: \"[{}]\"\n      SEPARATOR: \"-\"\n")).isEqualTo(expected(
                        "<p>Text<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">[1]</a></sup> and again"
                        + "<sup id=\"fnref2-1\"><a class=\"footnote-ref\" href=\"#fn-1\">[1]</a></sup>.</p>"
                        + "<div class=\"footnote\"><hr /><ol><li id=\"fn-1\"><p>The note.&#160;<a class=\"footnote-backref\""
                        + " href=\"#fnref-1\" title=\"Back to 1\">^</a><a class=\"footnote-backref\" href=\"#fnref2-1\""
                        + " title=\"Back to 1\">^</a></p></li></ol></div>"));
    }

    @Test
    void uniqueIdsPrefixEveryId() throws IOException {
        assertThat(html(":\n      UNIQUE_IDS: true\n")).isEqualTo(expected(
                "<p>Text<sup id=\"fnref:2-1\"><a class=\"footnote-ref\" href=\"#fn:2-1\">1</a></sup> and again"
                        + "<sup id=\"fnref2:2-1\"><a class=\"footnote-ref\" href=\"#fn:2-1\">1</a></sup>.</p>"
                        + "<div class=\"footnote\"><hr /><ol><li id=\"fn:2-1\"><p>The note.&#160;<a "
                        + "class=\"footnote-backref\" href=\"#fnref:2-1\" title=\"Jump back to footnote 1 in the text\">"
                        + "&#8617;</a><a class=\"footnote-backref\" href=\"#fnref2:2-1\" "
                        + "title=\"Jump back to footnote 1 in the text\">&#8617;</a></p></li></ol></div>"));
        assertThat(diagnostics).noneMatch(d -> d.code().equals("missing-anchor"));
    }
}
