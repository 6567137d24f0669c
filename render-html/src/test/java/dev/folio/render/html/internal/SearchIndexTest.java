package dev.folio.render.html.internal;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

    @Test
    void stringsAreJsonThatCannotEndTheScriptTheyAreIn() {
        assertThat(json("a \"quote\", a \\ and </script><b>&amp;", false))
                .isEqualTo("\"a \\\"quote\\\", a \\\\ and \\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"");
        assertThat(json("line\u2028para\u2029tab\tbell\u0007", false))
                .isEqualTo("\"line\\u2028para\\u2029tab\\tbell\\u0007\"");
    }

    @Test
    void sectionTextHasItsWhitespaceCollapsedAndTrimmed() {
        assertThat(json(" \n Text  with\t\n runs \r\n", true)).isEqualTo("\"Text with runs\"");
        assertThat(json("\u00a0keeps\u00a0non-breaking\u2003spaces ", true))
                .as("no-break spaces are not whitespace to strip").isEqualTo("\"\u00a0keeps\u00a0non-breaking\u2003spaces\"");
    }

    @Test
    void writesWhatTheCharByCharEscapingItReplacedWrote() {
        Random random = new Random(7);
        String alphabet = "ab \t\n\r\u000B\f\"\\<>&\u2028\u2029\u0001\u00e9\u4e2d\u00a0\u2003";
        StringBuilder index = new StringBuilder();
        SearchIndex.JsonStrings strings = new SearchIndex.JsonStrings(index);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean collapse = random.nextBoolean();
            index.setLength(0);
            if (random.nextBoolean()) {
                strings.append(value, collapse);
            } else {
                strings.append(value.toString(), collapse);
            }
            assertThat(index.toString()).as(value.toString()).isEqualTo(reference(value, collapse));
        }
    }

    private static String json(String value, boolean collapse) {
        StringBuilder out = new StringBuilder();
        new SearchIndex.JsonStrings(out).append(value, collapse);
        return out.toString();
    }

    /** The escaping as it was written before, one character at a time. */
    private static String reference(CharSequence value, boolean collapse) {
        StringBuilder js = new StringBuilder();
        int start = 0;
        int end = value.length();
        if (collapse) {
            while (start < end && Character.isWhitespace(value.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
                end--;
            }
        }
        js.append('"');
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (collapse && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                space = true;
                continue;
            }
            if (space) {
                js.append(' ');
                space = false;
            }
            switch (c) {
                case '"' -> js.append("\\\"");
                case '\\' -> js.append("\\\\");
                case '\n' -> js.append("\\n");
                case '\r' -> js.append("\\r");
                case '\t' -> js.append("\\t");
                case '<' -> js.append("\\u003c");
                case '>' -> js.append("\\u003e");
                case '&' -> js.append("\\u0026");
                case '\u2028' -> js.append("\\u2028");
                case '\u2029' -> js.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        js.append(String.format("\\u%04x", (int) c));
                    } else {
                        js.append(c);
                    }
                }
            }
        }
        return js.append('"').toString();
    }
}
