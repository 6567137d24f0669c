package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.folio.model.Diagnostic;
import dev.folio.model.Page;
import dev.folio.model.doc.Emoji;
import dev.folio.model.doc.FootnoteDefinition;
import dev.folio.model.doc.FootnoteReference;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Node;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Traversal;

/** Icon and emoji shortcodes, and footnotes. */
class IconAndFootnoteTest {
    private final FolioParser parser = FolioParser.create();

    private static <T extends Node> List<T> all(Page page, Class<T> type) {
        return Traversal.nodes(page.document()).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void iconSetsAndNames() {
        Page page = parser.parse(":material-check: :octicons-home-16: :simple-googleplay: "
                + ":fontawesome-brands-windows: :simple-windows11: :smile: :+1:");

        assertThat(all(page, Icon.class)).extracting(Icon::set, Icon::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("material", "check"),
                org.assertj.core.groups.Tuple.tuple("octicons", "home-16"),
                org.assertj.core.groups.Tuple.tuple("simple", "googleplay"),
                org.assertj.core.groups.Tuple.tuple("fontawesome", "brands-windows"),
                org.assertj.core.groups.Tuple.tuple("simple", "windows11"));
        assertThat(all(page, Emoji.class)).extracting(Emoji::name, Emoji::shortname, Emoji::characters).containsExactly(
                org.assertj.core.groups.Tuple.tuple("smile", "smile", "😄"),
                org.assertj.core.groups.Tuple.tuple("+1", "thumbsup", "👍"));
        assertThat(all(page, Icon.class).get(1).position()).hasToString("<input>:1:18");
    }

    @Test
    void colonsThatAreNotShortcodes() {
        // Only names the index knows are emoji, wherever they are: pymdownx turns "a:b:c" into "a🅱c" too.
        Page page = parser.parse("Time 10:30:45, a:b:c, `:smile:` and https://x.org/:path: stay as they are.");

        assertThat(all(page, Emoji.class)).extracting(Emoji::characters).containsExactly("🅱");
        assertThat(all(page, Icon.class)).isEmpty();
    }

    @Test
    void footnotesAreNumberedByFirstReferenceAndCounted() {
        Page page = parser.parse("""
                Second note first[^b], then the first[^a], then b again[^b].

                <div markdown>
                Inside a container[^a].
                </div>

                [^a]: Note A.

                    A second paragraph of note A.

                [^b]: Note B with [a link](https://example.org).
                """);

        assertThat(all(page, FootnoteReference.class)).extracting(FootnoteReference::label,
                FootnoteReference::number, FootnoteReference::occurrence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("b", 1, 1),
                org.assertj.core.groups.Tuple.tuple("a", 2, 1),
                org.assertj.core.groups.Tuple.tuple("b", 1, 2),
                org.assertj.core.groups.Tuple.tuple("a", 2, 2));
        List<FootnoteDefinition> notes = page.document().footnotes();
        assertThat(notes).extracting(FootnoteDefinition::label, FootnoteDefinition::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("b", 1), org.assertj.core.groups.Tuple.tuple("a", 2));
        assertThat(notes.get(1).children()).hasSize(2).allMatch(Paragraph.class::isInstance);
        assertThat(page.document().blocks()).hasSize(2);
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void undefinedAndUnusedFootnotesAreWarnings() {
        Page page = parser.parse("Text[^missing].\n\n[^unused]: Nobody points here.\n");

        assertThat(page.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "<input>:1:5: footnote [^missing] is not defined",
                "<input>:3:1: footnote [^unused] is never referenced");
        assertThat(all(page, FootnoteReference.class).get(0).isDefined()).isFalse();
        assertThat(page.document().footnotes()).extracting(FootnoteDefinition::number).containsExactly(1);
    }
}
