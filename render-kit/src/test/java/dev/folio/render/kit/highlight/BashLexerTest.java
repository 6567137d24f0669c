package dev.folio.render.kit.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bash's token spans as Pygments gives them: the openai-agents documentation's 72 published bash blocks
 * (../shared/realsites/agents/ref) all come out span for span as published.
 */
class BashLexerTest {

    private static List<String> spans(String language, String code) {
        List<String> spans = new ArrayList<>();
        for (Token token : Highlighter.tokens(language, code)) {
            // As the page shows them: line ends stand outside spans, so a span holds one line's part of a token.
            for (String part : code.substring(token.start(), token.end()).split("\n")) {
                if (!token.isPlain() && !part.isEmpty()) {
                    spans.add(token.cssClass() + " " + part);
                }
            }
        }
        return spans;
    }

    @Test
    void whitespaceAssignmentsBuiltinsAndNumbers() {
        assertThat(spans("bash", "export OPENAI_BASE_URL=\"https://example/v1\"\nDONT_LOG=1\n"))
                .containsExactly("nb export", "w  ", "nv OPENAI_BASE_URL", "o =", "s2 \"https://example/v1\"",
                        "nv DONT_LOG", "o =", "m 1");
    }

    @Test
    void redirectionsArePlainBracketsOperatorsSeparatorsPunctuation() {
        // 2>&1: the descriptors are numbers, > plain text, & punctuation, as Pygments reads them.
        assertThat(spans("bash", "if [ -f a ]; then cat a > b 2>&1 && echo \"${HOME:-/root} \\$x\"; fi\n"))
                .containsExactly("k if", "w  ", "o [", "w  ", "w  ", "w  ", "o ]", "p ;", "w  ", "k then", "w  ",
                        "w  ", "w  ", "w  ", "w  ", "m 2", "p &", "m 1", "w  ", "o &&", "w  ", "nb echo", "w  ", "s2 \"",
                        "si ${", "nv HOME", "k :-", "p /root", "si }", "s2  \\$x\"", "p ;", "w  ", "k fi");
    }

    @Test
    void aSessionsPromptsAndOutput() {
        assertThat(spans("console", "$ pip install openai-agents\nSuccessfully installed\n"))
                .containsExactly("gp $ ", "w  ", "w  ", "go Successfully installed");
    }
}
