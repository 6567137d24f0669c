package dev.folio.render.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Every backend finds the same icons, from the sets this jar ships or depends on. */
class IconSetsTest {

    @Test
    void everySetMaterialNamesIsThere() {
        for (String[] icon : new String[][] {{"material", "library"}, {"octicons", "heart-16"}, {"simple", "github"},
                {"fontawesome", "brands-github"}}) {
            assertThat(IconSets.svg(icon[0], icon[1])).as(icon[0] + "-" + icon[1]).isPresent()
                    .hasValueSatisfying(svg -> assertThat(new String(svg, StandardCharsets.UTF_8)).contains("<svg"));
        }
        assertThat(IconSets.svg("material", "no-such-icon-anywhere")).isEmpty();
        assertThat(IconSets.svg("nosuchset", "library")).isEmpty();
    }

    @Test
    void aHyphenIsAFolderOrPartOfAName() {
        assertThat(IconSets.candidates("brands-git-alt")).containsExactly("brands-git-alt", "brands/git-alt",
                "brands/git/alt");
    }
}
