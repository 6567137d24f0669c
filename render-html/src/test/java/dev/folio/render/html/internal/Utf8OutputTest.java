package dev.folio.render.html.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages are written as the bytes {@code String.getBytes(UTF_8)} gives, however the template cuts its writes. */
class Utf8OutputTest {

    @Test
    void writesTheBytesStringGetBytesGivesForEveryScriptAndForPairsCutBetweenWrites() {
        String page = "<p>Privacy Guides</p> é ß — “quotes” עברית 中文 বাংলা 😀 🇺🇦 𝔘 end";
        for (int cut = 0; cut <= page.length(); cut++) {
            Utf8Output out = new Utf8Output();
            out.write(page, 0, cut);
            out.write(page.toCharArray(), cut, page.length() - cut);
            assertThat(written(out)).as("cut at %d", cut).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLoneSurrogateIsAQuestionMarkAsInJava() {
        for (String odd : new String[] {"a\uD83Db", "a\uDE00b", "end\uD83D", "\uDE00\uD83D", "\uD83D\uD83D\uDE00"}) {
            Utf8Output out = new Utf8Output();
            odd.chars().forEach(out::write);
            assertThat(written(out)).as(odd).isEqualTo(odd.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void randomTextInRandomPiecesAndAReusedBufferGrowingPastItsFirstSize() {
        Random random = new Random(7);
        Utf8Output out = new Utf8Output();
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300_000);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                text.append(kind < 6 ? (char) random.nextInt(0x80) : kind < 9 ? (char) random.nextInt(0x10000)
                        : (char) (0xD800 + random.nextInt(0x800)));
            }
            String page = text.toString();
            out.reset();
            for (int at = 0; at < page.length(); ) {
                int piece = Math.min(page.length() - at, random.nextInt(5_000));
                switch (random.nextInt(3)) {
                    case 0 -> out.write(page, at, piece);
                    case 1 -> out.write(page.substring(at, at + piece).toCharArray(), 0, piece);
                    default -> out.write(new StringBuilder(page.substring(at, at + piece)));
                }
                at += piece;
            }
            assertThat(written(out)).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] written(Utf8Output out) {
        return Arrays.copyOf(out.bytes(), out.length());
    }
}
