package dev.folio.render.kit.highlight;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java's regex engine recurses once per repetition of a group with alternatives: a pattern like
 * {@code "(?:\\.|[^"])*"} overflows the stack on a string of a few thousand characters (a JSON blob, a
 * minified line). Every lexer gets 100,000- and 4,000-character strings, comments and lines, on a thread with a small
 * stack, and must give back the text exactly.
 */
class LongInputTest {
    /** Past the tables' limits (shown plain), and just under them (lexed: lines of 4,000, blocks of 40,000). */
    private static final List<Integer> LENGTHS = List.of(100_000, 4_000);
    private static final List<String> LANGUAGES = List.of("bash", "console", "yaml", "json", "html", "markdown",
            "java", "python", "properties", "toml", "diff", "text", "c", "cpp", "javascript", "typescript", "css",
            "ruby", "haskell", "sql", "powershell", "rust", "go", "kotlin", "php", "berry", "nasm", "dockerfile", "pycon");

    private static List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        for (int length : LENGTHS) {
            inputs.addAll(inputs(length));
        }
        return inputs;
    }

    private static List<String> inputs(int length) {
        String letters = "a".repeat(length);
        String escapes = "\\n".repeat(length / 2);
        List<String> inputs = new ArrayList<>();
        for (String quote : List.of("\"", "'", "`", "\"\"\"", "'''")) {
            inputs.add(quote + letters + quote + "\n");
            inputs.add(quote + escapes + quote + "\n");
            inputs.add(quote + letters); // never closed
        }
        for (String comment : List.of("# ", "// ", "/* ", "<!-- ", "; ", "! ")) {
            inputs.add(comment + letters + "\n");
        }
        inputs.add("/* " + "a\n".repeat(length / 2) + " */\n");
        inputs.add("<!-- " + "a\n".repeat(length / 2) + " -->\n");
        inputs.add("key = " + "value ".repeat(length / 6) + "\n");
        inputs.add("<a " + "b=\"c\" ".repeat(length / 6) + ">\n");
        inputs.add("- " + "[x] ".repeat(length / 4) + "\n");
        inputs.add("x".repeat(length) + ": " + "y".repeat(length) + "\n");
        inputs.add("```\n" + "code\n".repeat(length * 2 / 5));
        inputs.add("$ " + "echo $A ".repeat(length / 8) + "\n");
        inputs.add("+" + "-".repeat(length) + "\n");
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
