package dev.folio.model.doc;

import dev.folio.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTest {

    private static final SourcePosition AT = SourcePosition.of("x.md", 1, 1);

    private static Text text(String s) {
        return new Text(s, Attributes.EMPTY, AT);
    }

    @Test
    void traversal_reaches_headings_nested_in_containers_in_document_order() {
        Heading outer = new Heading(2, List.of(text("Outer")), Attributes.ofId("outer"), AT);
        Heading inner = new Heading(3, List.of(text("Inner")), Attributes.ofId("inner"), AT);
        Admonition note = new Admonition("note", List.of(text("Note")), Admonition.Collapse.NONE,
                List.of(new HtmlContainer("div", List.of(inner), Attributes.EMPTY, AT)), Attributes.EMPTY, AT);
        Document doc = new Document(List.of(outer, note), List.of());

        assertThat(doc.headings()).extracting(Heading::id).containsExactly("outer", "inner");
    }

    @Test
    void plain_text_drops_markup_but_keeps_code_and_abbreviations() {
        List<Inline> inlines = List.of(text("Use "), new Strong(List.of(new Code("mvn", Attributes.EMPTY, AT)),
                Attributes.EMPTY, AT), text(" with "), new Abbreviation("E2EE", "End-to-End", Attributes.EMPTY, AT),
                new Icon("octicons", "home-16", Attributes.EMPTY, AT));

        assertThat(Traversal.plainText(inlines)).isEqualTo("Use mvn with E2EE");
    }

    @Test
    void attribute_lists_merge_with_the_later_id_and_pairs_winning() {
        Attributes written = new Attributes("a", List.of("x"), List.of(new Attributes.Attribute("title", "One")));
        Attributes merged = written.merge(new Attributes("b", List.of("y", "x"),
                List.of(new Attributes.Attribute("title", "Two"))));

        assertThat(merged.id()).isEqualTo("b");
        assertThat(merged.classes()).containsExactly("x", "y");
        assertThat(merged.get("title")).contains("Two");
    }

    @Test
    void icons_know_their_shortcode() {
        assertThat(new Icon("fontawesome", "brands-windows", Attributes.EMPTY, AT).shortcode())
                .isEqualTo(":fontawesome-brands-windows:");
    }
}
