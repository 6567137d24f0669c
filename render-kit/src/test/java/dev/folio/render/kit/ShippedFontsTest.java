package dev.folio.render.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShippedFontsTest {
    @Test
    void everyBackendReadsTheFontsFromTheKitAndNothingElse() {
        assertThat(ShippedFonts.read("NotoSans-Regular.ttf")).hasValueSatisfying(font ->
                assertThat(font).startsWith(0, 1, 0, 0)); // a TrueType file's version tag
        assertThat(ShippedFonts.read("DroidSansFallbackFull.ttf")).isPresent();
        assertThat(ShippedFonts.read("Comic-Sans.ttf")).isEmpty();
        assertThat(ShippedFonts.read("../icons/octicons/LICENSE")).isEmpty();
    }
}
