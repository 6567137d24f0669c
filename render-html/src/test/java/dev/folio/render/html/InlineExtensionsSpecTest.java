package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * pymdownx.mark, caret and tilde with their options, betterem's {@code smart_enable}, and every inline syntax off when its extension is not listed
 * (pymdown-extensions' documentation), Markdown in and HTML out, each expected HTML as Python-Markdown 3.4 with
 * pymdown-extensions 9.5 writes it.
 */
class InlineExtensionsSpecTest extends ExtensionSpec {
    @Test
    void withoutTheirExtensionsTheSyntaxesAreText() throws IOException {
        assertThat(html("  - attr_list\n", "Plain ==a== ^^b^^ ~~c~~ ^d^ ~e~ ++ctrl++ {++x++} $y$\n"))
                .isEqualTo(expected("<p>Plain ==a== ^^b^^ ~~c~~ ^d^ ~e~ ++ctrl++ {++x++} $y$</p>"));
    }

    @Test
    void caretAndTildeByDefault() throws IOException {
        assertThat(html("  - pymdownx.caret\n  - pymdownx.tilde\n", "^^a^^ and x^2^, ~~b~~ and H~2~O\n"))
                .isEqualTo(expected("<p><ins>a</ins> and x<sup>2</sup>, <del>b</del> and H<sub>2</sub>O</p>"));
    }

    @Test
    void smartMarkInsertAndDeleteDoNotWorkInsideWords() throws IOException {
        assertThat(html("  - pymdownx.mark\n", "wo==rd==s and ==a== and == b ==\n"))
                .isEqualTo(expected("<p>wo==rd==s and <mark>a</mark> and == b ==</p>"));
        assertThat(html("  - pymdownx.mark:\n      smart_mark: false\n", "wo==rd==s and ==a== and == b ==\n"))
                .isEqualTo(expected("<p>wo<mark>rd</mark>s and <mark>a</mark> and == b ==</p>"));
    }

    @Test
    void betterEmsSmartAsterisks() throws IOException {
        String markdown = "wo*rd*s and wo**rd**s and *a* **b** and snake_case_name and a*b and 2*3*4\n";
        assertThat(html("  - pymdownx.betterem:\n      smart_enable: all\n", markdown)).isEqualTo(expected(
                "<p>wo*rd*s and wo**rd**s and <em>a</em> <strong>b</strong> and snake_case_name and a*b and 2*3*4</p>"));
        String underscores = "snake_case_name and wo__rd__s and wo*rd*s and _a_ and __b__ and a_b\n";
        assertThat(html("  - pymdownx.betterem:\n      smart_enable: none\n", underscores)).isEqualTo(expected("""
                <p>snake<em>case</em>name and wo<strong>rd</strong>s and wo<em>rd</em>s and <em>a</em> and \
                <strong>b</strong> and a_b</p>"""));
        assertThat(html("  - pymdownx.betterem:\n      smart_enable: asterisk\n", underscores)).isEqualTo(expected("""
                <p>snake<em>case</em>name and wo<strong>rd</strong>s and wo*rd*s and <em>a</em> and \
                <strong>b</strong> and a_b</p>"""));
        assertThat(html("  - pymdownx.betterem\n", markdown)).isEqualTo(expected("""
                <p>wo<em>rd</em>s and wo<strong>rd</strong>s and <em>a</em> <strong>b</strong> and snake_case_name and \
                a<em>b and 2</em>3*4</p>"""));
    }

    @Test
    void optionsTurnEachFormOff() throws IOException {
        assertThat(html("  - pymdownx.caret:\n      smart_insert: false\n      superscript: false\n",
                "wo^^rd^^s and ^^a^^ and x^2^\n"))
                .isEqualTo(expected("<p>wo<ins>rd</ins>s and <ins>a</ins> and x^2^</p>"));
        assertThat(html("  - pymdownx.tilde:\n      smart_delete: false\n      subscript: false\n",
                "wo~~rd~~s and ~~a~~ and H~2~O\n"))
                .isEqualTo(expected("<p>wo<del>rd</del>s and <del>a</del> and H~2~O</p>"));
    }
}
