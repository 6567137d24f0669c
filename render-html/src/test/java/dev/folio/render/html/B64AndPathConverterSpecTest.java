package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * pymdownx.b64 (images of the site inlined as {@code data:} URIs) and pymdownx.pathconverter ({@code base_path},
 * {@code relative_path}, {@code absolute}, {@code tags}), Markdown in and HTML out; pathconverter's expected HTML as
 * pymdown-extensions 9.5 writes it for links Folio leaves as written.
 */
class B64AndPathConverterSpecTest extends ExtensionSpec {
    private static final String LINKS = "[Page](other/page.md) ![Img](img/a.png) [Ext](https://x.org/a) [Abs](/root/x)\n";

    @Test
    void b64InlinesTheSitesImagesOnly() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        Files.createDirectories(project.resolve("docs/img"));
        Files.write(project.resolve("docs/img/a.png"), png);
        Files.writeString(project.resolve("docs/img/b.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        String html = html("  - pymdownx.b64\n", "![A](img/a.png) ![B](img/b.svg) ![C](https://x.org/c.png)\n");
        assertThat(html).isEqualTo(expected("<p><img alt=\"A\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\" /> <img alt=\"B\" src=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                        .getBytes(StandardCharsets.UTF_8)) + "\" /> <img alt=\"C\" src=\"https://x.org/c.png\" /></p>"));
        assertThat(html("  - attr_list\n", "![A](img/a.png)\n")).isEqualTo(expected("<p><img alt=\"A\" src=\"img/a.png\" /></p>"));
    }

    @Test
    void pathConverterRelative() throws IOException {
        assertThat(html("  - pymdownx.pathconverter:\n      base_path: docs/src\n      relative_path: docs\n", LINKS))
                .isEqualTo(expected("""
                        <p><a href="src/other/page.md">Page</a> <img alt="Img" src="src/img/a.png" /> \
                        <a href="https://x.org/a">Ext</a> <a href="/root/x">Abs</a></p>"""));
    }

    @Test
    void pathConverterAbsoluteAndTags() throws IOException {
        assertThat(html("  - pymdownx.pathconverter:\n      base_path: docs/src\n      absolute: true\n", LINKS))
                .isEqualTo(expected("""
                        <p><a href="/docs/src/other/page.md">Page</a> <img alt="Img" src="/docs/src/img/a.png" /> \
                        <a href="https://x.org/a">Ext</a> <a href="/root/x">Abs</a></p>"""));
        assertThat(html("  - pymdownx.pathconverter:\n      base_path: docs/src\n      relative_path: docs\n"
                + "      tags: a\n", LINKS)).isEqualTo(expected("""
                        <p><a href="src/other/page.md">Page</a> <img alt="Img" src="img/a.png" /> \
                        <a href="https://x.org/a">Ext</a> <a href="/root/x">Abs</a></p>"""));
    }
}
