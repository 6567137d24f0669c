package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * pymdownx.arithmatex's output options and pymdownx.critic's modes (pymdown-extensions' documentation), Markdown in
 * and HTML out, each expected HTML as pymdown-extensions 9.5 writes it.
 */
class ArithmatexAndCriticSpecTest extends ExtensionSpec {
    private static final String MATH = "Inline $E = mc^2$ and \\(x\\).\n\n$$\na^2 + b^2\n$$\n";

    @Test
    void genericWithItsTagsAndWrappers() throws IOException {
        assertThat(html("  - pymdownx.arithmatex:\n      generic: true\n", MATH)).isEqualTo(expected("""
                <p>Inline <span class="arithmatex">\\(E = mc^2\\)</span> and <span class="arithmatex">\\(x\\)</span>.</p>
                <div class="arithmatex">\\[
                a^2 + b^2
                \\]</div>"""));
        assertThat(html("  - pymdownx.arithmatex:\n      generic: true\n      block_tag: pre\n      inline_tag: code\n",
                MATH)).isEqualTo(expected("""
                        <p>Inline <code class="arithmatex">\\(E = mc^2\\)</code> and <code class="arithmatex">\\(x\\)</code>.</p>
                        <pre class="arithmatex">\\[
                        a^2 + b^2
                        \\]</pre>"""));
        assertThat(html("  - pymdownx.arithmatex:\n      generic: true\n      tex_inline_wrap: ['$', '$']\n"
                + "      tex_block_wrap: ['$$', '$$']\n", MATH)).isEqualTo(expected("""
                        <p>Inline <span class="arithmatex">$E = mc^2$</span> and <span class="arithmatex">$x$</span>.</p>
                        <div class="arithmatex">$$
                        a^2 + b^2
                        $$</div>"""));
    }

    @Test
    void everyBlockFormKeepsItsLines() throws IOException {
        assertThat(html("  - pymdownx.arithmatex:\n      generic: true\n", "Text\n\n$$\nE = mc^2\n$$\n\n\\[3 < 4\\]\n\n"
                + "\\begin{align}\n    p & = q \\\\\n    r & = s\n\\end{align}\n\n$$a + b$$\n"))
                .isEqualTo(expected("""
                        <p>Text</p>
                        <div class="arithmatex">\\[
                        E = mc^2
                        \\]</div>
                        <div class="arithmatex">\\[3 &lt; 4\\]</div>
                        <div class="arithmatex">\\[\\begin{align}
                            p &amp; = q \\\\
                            r &amp; = s
                        \\end{align}\\]</div>
                        <div class="arithmatex">\\[a + b\\]</div>"""));
    }

    @Test
    void mathJaxScriptsWithAndWithoutPreview() throws IOException {
        assertThat(html("  - pymdownx.arithmatex\n", MATH)).isEqualTo(expected("""
                <p>Inline <span class="arithmatex"><span class="MathJax_Preview">E = mc^2</span><script type="math/tex">E = mc^2</script></span> \
                and <span class="arithmatex"><span class="MathJax_Preview">x</span><script type="math/tex">x</script></span>.</p>
                <div class="arithmatex">
                <div class="MathJax_Preview">
                a^2 + b^2
                </div>
                <script type="math/tex; mode=display">
                a^2 + b^2
                </script>
                </div>"""));
        assertThat(html("  - pymdownx.arithmatex:\n      preview: false\n", "Inline $x$.\n")).isEqualTo(expected(
                "<p>Inline <span class=\"arithmatex\"><script type=\"math/tex\">x</script></span>.</p>"));
    }

    @Test
    void criticModes() throws IOException {
        String edits = "A {++plus++} {--minus--} {~~old~>new~~} {==mark==}{>>note<<} end.\n";
        assertThat(html("  - pymdownx.critic\n", edits)).isEqualTo(expected("""
                <p>A <ins class="critic">plus</ins> <del class="critic">minus</del> <del class="critic">old</del>\
                <ins class="critic">new</ins> <mark class="critic">mark</mark><span class="critic comment">note</span> end.</p>"""));
        assertThat(html("  - pymdownx.critic:\n      mode: accept\n", edits))
                .isEqualTo(expected("<p>A plus  new mark end.</p>"));
        assertThat(html("  - pymdownx.critic:\n      mode: reject\n", edits))
                .isEqualTo(expected("<p>A  minus old mark end.</p>"));
    }
}
