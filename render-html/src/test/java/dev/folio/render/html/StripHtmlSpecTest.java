package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * pymdownx.striphtml with its options (pymdown-extensions' striphtml documentation), Markdown in and HTML out, each
 * expected HTML as pymdown-extensions 9.5 writes it ({@code strip_comments: false}, which 9.5 fails on, as its current
 * source reads it).
 */
class StripHtmlSpecTest extends ExtensionSpec {
    private static final String PAGE = "<!-- a comment -->\n\n<div onclick=\"evil()\" class=\"box\" style=\"color:red\" "
            + "data-x=\"1\">Block</div>\n\nText <span onmouseover=\"x()\" id=\"s\">inline</span> <!-- inline comment --> end.\n";

    @Test
    void commentsAndEventAttributesGoByDefault() throws IOException {
        assertThat(html("  - pymdownx.striphtml\n", PAGE)).isEqualTo(expected("""
                <div class="box" style="color:red" data-x="1">Block</div>
                <p>Text <span id="s">inline</span>  end.</p>"""));
        assertThat(java.nio.file.Files.readString(project.resolve("site/index.html"))).doesNotContain("comment -->");
    }

    @Test
    void namedAttributesGoToo() throws IOException {
        assertThat(html("  - pymdownx.striphtml:\n      strip_attributes: [style, data-x]\n", PAGE))
                .isEqualTo(expected("""
                        <div class="box">Block</div>
                        <p>Text <span id="s">inline</span>  end.</p>"""));
    }

    @Test
    void commentsCanStay() throws IOException {
        html("  - pymdownx.striphtml:\n      strip_comments: false\n", PAGE);
        String page = java.nio.file.Files.readString(project.resolve("site/index.html"));
        assertThat(page).contains("<!-- a comment -->", "<!-- inline comment -->").doesNotContain("onclick", "onmouseover");
    }
}
