package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.folio.model.doc.Heading;

class HeadingIdTest {
    private final FolioParser parser = FolioParser.create();

    private java.util.List<String> ids(String markdown) {
        return parser.parse(markdown).document().headings().stream().map(Heading::id).toList();
    }

    @Test
    void englishHeadingsGetMkDocsSlugs() {
        assertThat(ids("## Encrypted Messengers\n\n#### Molly (Android)\n\n### Best-Case\n\n## Versleutelde Messengers\n"))
                .containsExactly("encrypted-messengers", "molly-android", "best-case", "versleutelde-messengers");
    }

    @Test
    void nonLatinHeadingsShareOneCounter() {
        assertThat(ids("## Зашифрованные мессенджеры\n\n### מסנג'רים מוצפנים\n\n## 加密傳訊軟體\n\n## Українська назва\n"))
                .containsExactly("_1", "_2", "_3", "_4");
    }

    @Test
    void duplicatesAndMixedScriptsGetSuffixes() {
        assertThat(ids("## Duplicate\n\n## Duplicate\n\n## Duplicate\n\n## Signal 設定\n\n## מסנג'רים Signal\n"))
                .containsExactly("duplicate", "duplicate_1", "duplicate_2", "signal", "signal_1");
    }

    /** As Python-Markdown's toc ids them: published pages carry {@code <h1 id="emoji">} (pymdown-extensions). */
    @Test
    void levelOneHeadingsGetAnIdTooAndTakeItFromTheOthers() {
        assertThat(ids("# Title\n\n## Section\n")).containsExactly("title", "section");
        assertThat(ids("# Context\n\n## Context\n")).containsExactly("context", "context_1");
    }

    @Test
    void accentsAreFoldedAndPunctuationDropped() {
        assertThat(ids("## Café & Crème — Déjà vu?\n")).containsExactly("cafe-creme-deja-vu");
    }
}
