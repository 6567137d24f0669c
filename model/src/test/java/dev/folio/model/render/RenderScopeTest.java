package dev.folio.model.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a build asks a renderer to write, and what the renderer says it wrote. */
class RenderScopeTest {
    private static final PageKey HOME = new PageKey("en", "index.md");
    private static final PageKey FALLBACK = new PageKey("fr", "about.md");

    @Test
    void anEditRendersItsPagesAndTheSearchIndexesOfTheirLanguagesOnly() {
        RenderScope scope = RenderScope.pagesAndTheirSearchIndexes(List.of(HOME, FALLBACK));
        assertThat(scope.isEverything()).isFalse();
        assertThat(scope.includes(HOME)).isTrue();
        assertThat(scope.includes(new PageKey("en", "about.md"))).isFalse();
        assertThat(scope.includesSearchIndex("fr")).isTrue();
        assertThat(scope.includesSearchIndex("de")).isFalse();
        assertThat(RenderScope.pages(List.of(HOME)).includesSearchIndex("en")).isFalse();
        assertThat(RenderScope.searchIndexes(List.of("en")).includes(HOME)).isFalse();
    }

    @Test
    void everythingIncludesEveryPageAndIndexAndIsTheDefault() {
        RenderContext context = RenderContext.builder(Path.of("docs"), Path.of("site")).build();
        assertThat(context.scope()).isSameAs(RenderScope.EVERYTHING);
        assertThat(context.scope().includes(FALLBACK)).isTrue();
        assertThat(context.withScope(RenderScope.pages(List.of(HOME))).scope().includes(FALLBACK)).isFalse();
    }

    @Test
    void aFileABackendDoesNotClassifyIsOther() {
        Path page = Path.of("/site/index.html");
        Path guide = Path.of("/site/guide-en.pdf");
        RenderResult result = new RenderResult("x", List.of(page, guide), "2 files", Map.of(guide, FileKind.PUBLICATION));
        assertThat(result.kind(page)).isEqualTo(FileKind.OTHER);
        assertThat(result.files(FileKind.PUBLICATION)).containsExactly(guide);
        assertThat(new RenderResult("x", List.of(page), "1 file").kinds()).isEmpty();
    }
}
