package dev.folio.render.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What both backends print from Material's tables: admonition colours, palette colours. */
class MaterialStylesTest {
    @Test
    void admonitionAliasesShareTheirTypesColourAndUnknownTypesLookLikeNotes() {
        assertThat(AdmonitionStyle.colour("TLDR")).isEqualTo(AdmonitionStyle.colour("abstract")).isEqualTo("#00b0ff");
        assertThat(AdmonitionStyle.colour("made-up")).isEqualTo(AdmonitionStyle.colour("note"));
        assertThat(AdmonitionStyle.isKnown("made-up")).isFalse();
        assertThat(AdmonitionStyle.tint("#000000")).isEqualTo("#d9d9d9");
    }

    @Test
    void aPaletteNamesColoursAsMaterialDoesAndALightPrimaryGetsDarkText() {
        Map<String, Object> config = Map.of("theme", Map.of("palette", List.of(
                Map.of("scheme", "slate", "primary", "black"), Map.of("scheme", "default", "primary", "Deep Orange"))));
        assertThat(Palette.primaryAndText(config)).containsExactly("#ff6e42", "#ffffff");
        assertThat(Palette.primaryAndText(Map.of("theme", Map.of("palette", Map.of("primary", "amber")))))
                .containsExactly("#ffc105", "#212121");
        assertThat(Palette.css(Map.of())).isEmpty();
    }
}
