package dev.folio.render.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

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

    @Test
    void eachInParallelKeepsTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        assertThat(EachInParallel.map(items, i -> i * 2)).isEqualTo(items.stream().map(i -> i * 2).toList());
        assertThat(EachInParallel.map(List.<Integer>of(), i -> i)).isEmpty();
    }
}
