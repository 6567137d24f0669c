package dev.folio.render.kit.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The published pages are the oracle: for twenty-one languages, a real block of a Material site (the openai-agents and
 * pymdown-extensions documentation in ../shared/realsites, the Tasmota documentation's published gh-pages) with the
 * token spans its page shows, class and text, line by line; Folio's lexers must give the same spans
 * ({@code published-blocks.txt}). For twenty-one languages no page in reach shows, Pygments' own example files
 * (its tests/examplefiles, 60 lines each) with the spans Pygments 2.20 gives them ({@code pygments-examples.txt}).
 */
class PublishedBlocksTest {

    private record Block(String language, String page, String code, List<String> spans) {
    }

    @TestFactory
    List<DynamicTest> everyLanguageGivesThePublishedSpans() throws IOException {
        return tests("published-blocks.txt", 21);
    }

    @TestFactory
    List<DynamicTest> pygmentsOwnExamplesGiveItsSpans() throws IOException {
        return tests("pygments-examples.txt", 21);
    }

    private static List<DynamicTest> tests(String resource, int atLeast) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Block block : blocks(resource)) {
            tests.add(DynamicTest.dynamicTest(block.language() + " (" + block.page() + ")",
                    () -> assertThat(spans(block.language(), block.code())).as(block.page())
                            .containsExactlyElementsOf(block.spans())));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(atLeast);
        return tests;
    }

    /** Spans as a page shows them: a token's part on each line, plain text left out, neighbours of one class one. */
    private static List<String> spans(String language, String code) {
        List<String[]> spans = new ArrayList<>();
        boolean lineStart = true;
        for (Token token : Highlighter.tokens(language, code)) {
            String[] parts = code.substring(token.start(), token.end()).split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    lineStart = true;
                }
                if (parts[i].isEmpty()) {
                    continue;
                }
                String[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (!lineStart && last != null && last[0].equals(token.cssClass())) {
                    last[1] += parts[i];
                } else {
                    spans.add(new String[] {token.cssClass(), parts[i]});
                }
                lineStart = false;
            }
        }
        return spans.stream().filter(span -> !span[0].isEmpty()).map(span -> span[0] + "\t" + span[1]).toList();
    }

    private static List<Block> blocks(String resource) throws IOException {
        String text;
        try (InputStream in = PublishedBlocksTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("@@@ ") || lines[i].equals("@@@ code")) {
                continue;
            }
            String[] head = lines[i].substring(4).split("\t", 2);
            StringBuilder code = new StringBuilder();
            for (i += 2; !lines[i].equals("@@@ spans"); i++) {
                code.append(lines[i]).append('\n');
            }
            List<String> spans = new ArrayList<>();
            for (i++; !lines[i].equals("@@@ end"); i++) {
                String[] span = lines[i].split("\t", 2);
                spans.add(span[0] + "\t" + unescape(span[1]));
            }
            blocks.add(new Block(head[0], head[1], code.toString(), spans));
        }
        return blocks;
    }

    /** A span's text as written in the file: {@code \t} a tab, {@code \\} a backslash. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
