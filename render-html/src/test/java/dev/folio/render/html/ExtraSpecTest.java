package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Python-Markdown's {@code extra} and pymdownx.extra load their members, each with the options given under its name:
 * Markdown in and HTML out, as Python-Markdown 3.4 writes it.
 */
class ExtraSpecTest extends ExtensionSpec {
    @Test
    void extraLoadsTablesAndFootnotesWithTheirOptions() throws IOException {
        assertThat(html("  - extra:\n      footnotes:\n        BACKLINK_TEXT: back\n",
                "Text[^1] and a \\| pipe.\n\n[^1]: Note.\n")).isEqualTo(expected("""
                        <p>Text<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup> and a | pipe.</p>
                        <div class="footnote"><hr /><ol><li id="fn:1"><p>Note.&#160;<a class="footnote-backref" \
                        href="#fnref:1" title="Jump back to footnote 1 in the text">back</a></p></li></ol></div>"""));
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void withoutTablesABackslashBeforeAPipeIsText() throws IOException {
        assertThat(html("  - toc\n", "Text and a \\| pipe.\n")).isEqualTo(expected("<p>Text and a \\| pipe.</p>"));
    }

    @Test
    void pymdownxExtraIsNoUnhonouredExtension() throws IOException {
        html("  - pymdownx.extra:\n      pymdownx.superfences:\n        preserve_tabs: true\n", "Text\n");
        assertThat(dev.folio.parser.FolioParser.create().compatibility(project)).isEmpty();
    }
}
