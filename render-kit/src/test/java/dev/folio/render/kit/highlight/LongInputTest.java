package dev.folio.render.kit.highlight;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java's regex engine recurses once per repetition of a group with alternatives: a pattern like
 * {@code "(?:\\.|[^"])*"} overflows the stack on a string of a few thousand characters (a JSON blob, a
 * minified line). Every lexer gets 100,000-character strings, comments and lines, on a thread with a small
 * stack, and must give back the text exactly.
 */
class LongInputTest {
    private static final int LENGTH = 100_000;
    private static final List<String> LANGUAGES = List.of("bash", "console", "yaml", "json", "html", "markdown",
            "java", "python", "properties", "toml", "diff", "text");

    private static List<String> inputs() {
        String letters = "a".repeat(LENGTH);
        String escapes = "\\n".repeat(LENGTH / 2);
        List<String> inputs = new ArrayList<>();
        for (String quote : List.of("\"", "'", "`", "\"\"\"", "'''")) {
            inputs.add(quote + letters + quote + "\n");
            inputs.add(quote + escapes + quote + "\n");
            inputs.add(quote + letters); // never closed
        }
        for (String comment : List.of("# ", "// ", "/* ", "<!-- ", "; ", "! ")) {
            inputs.add(comment + letters + "\n");
        }
        inputs.add("/* " + "a\n".repeat(LENGTH / 2) + " */\n");
        inputs.add("<!-- " + "a\n".repeat(LENGTH / 2) + " -->\n");
        inputs.add("key = " + "value ".repeat(LENGTH / 6) + "\n");
        inputs.add("<a " + "b=\"c\" ".repeat(LENGTH / 6) + ">\n");
        inputs.add("- " + "[x] ".repeat(LENGTH / 4) + "\n");
        inputs.add("x".repeat(LENGTH) + ": " + "y".repeat(LENGTH) + "\n");
        inputs.add("```\n" + "code\n".repeat(LENGTH / 5));
        inputs.add("$ " + "echo $A ".repeat(LENGTH / 8) + "\n");
        inputs.add("+" + "-".repeat(LENGTH) + "\n");
        return inputs;
    }

    @Test
    void everyLexerTakesHundredThousandCharacterStringsCommentsAndLinesOnASmallStack() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<String> checked = new ArrayList<>();
        Thread thread = new Thread(null, () -> {
            try {
                for (String language : LANGUAGES) {
                    for (String input : inputs()) {
                        List<Token> tokens = Highlighter.tokens(language, input);
                        int at = 0;
                        for (Token token : tokens) {
                            assertThat(token.start()).as(language).isEqualTo(at);
                            at = token.end();
                        }
                        assertThat(at).as(language).isEqualTo(input.length());
                        checked.add(language);
                    }
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
        assertThat(checked).hasSize(LANGUAGES.size() * inputs().size());
    }
}
