package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * pymdownx.escapeall (with {@code hardbreak} and {@code nbsp}) and pymdownx.saneheaders (pymdown-extensions'
 * documentation), Markdown in and HTML out, each expected HTML as pymdown-extensions 9.5 writes it.
 */
class EscapeAllAndSaneHeadersSpecTest extends ExtensionSpec {
    @Test
    void escapeAllEscapesEveryCharacter() throws IOException {
        assertThat(html("  - pymdownx.escapeall\n", "\\a \\q\\ b\\ c and \\*x\\* and line\\\nnext\n"))
                .isEqualTo(expected("<p>a q b c and *x* and line\nnext</p>"));
    }

    @Test
    void escapeAllsHardBreakAndNonBreakingSpace() throws IOException {
        assertThat(html("  - pymdownx.escapeall:\n      hardbreak: true\n      nbsp: true\n",
                "\\a \\q\\ b\\ c and \\*x\\* and line\\\nnext\n"))
                .isEqualTo(expected("<p>a q&nbsp;b&nbsp;c and *x* and line<br />\nnext</p>"));
    }

    @Test
    void saneHeadersNeedASpaceAfterTheHashes() throws IOException {
        assertThat(html("  - pymdownx.saneheaders\n", "Text\n\n## Heading\n\n##Tight\n"))
                .isEqualTo(expected("<p>Text</p><h2 id=\"heading\">Heading</h2><p>##Tight</p>"));
        assertThat(html("  - toc\n", "Text\n\n## Heading\n\n##Tight\n")).isEqualTo(expected(
                "<p>Text</p><h2 id=\"heading\">Heading</h2><h2 id=\"tight\">Tight</h2>"));
    }
}
