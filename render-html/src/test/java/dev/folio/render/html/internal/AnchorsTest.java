package dev.folio.render.html.internal;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AnchorsTest {
    /** What the scanner must find: the pattern it replaced. */
    private static final Pattern RAW_ID = Pattern.compile("\\bid\\s*=\\s*[\"']([^\"']+)[\"']");

    @Test
    void findsTheIdsOfRawHtmlAsAttributesAreWritten() {
        assertThat(ids("<div id=\"intro\" class=x><span data-id='note' width=3 hidden id = \"a b\">"))
                .containsExactly("intro", "note", "a b");
        assertThat(ids("<p>Android is valid=\"no\"; id=\"\" idx=\"no\" _id=\"no\" éid=\"no\"</p>")).isEmpty();
    }

    @Test
    void findsWhatThePatternFindsInAnyText() {
        Random random = new Random(42);
        char[] alphabet = {'i', 'd', 'd', ' ', '\n', '\t', '=', '"', '\'', 'x', '_', '-', 'é', '<', '>'};
        for (int round = 0; round < 50_000; round++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                html.append(random.nextInt(4) == 0 ? "id" : String.valueOf(alphabet[random.nextInt(alphabet.length)]));
            }
            Set<String> expected = new LinkedHashSet<>();
            Matcher matcher = RAW_ID.matcher(html);
            while (matcher.find()) {
                expected.add(matcher.group(1));
            }
            assertThat(ids(html.toString())).as(html.toString()).containsExactlyElementsOf(expected);
        }
    }

    private static Set<String> ids(String html) {
        Set<String> ids = new LinkedHashSet<>();
        Anchors.rawIds(html, ids);
        return ids;
    }
}
