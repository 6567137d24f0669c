package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.Code;
import dev.folio.model.doc.Heading;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Image;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Text;
import dev.folio.model.doc.Traversal;

/** attr_list, with the lines of the seeds and the probe cases of html-structures.md §5. */
class AttributeListTest {
    private final FolioParser parser = FolioParser.create();

    private List<Inline> inlines(String markdown) {
        return ((Paragraph) parser.parse(markdown).document().blocks().get(0)).content();
    }

    @Test
    void afterLinksWithClassesAndQuotedOrBareValues() {
        List<Inline> content = inlines("""
                [:octicons-home-16: Homepage](https://signal.org/){ .md-button .md-button--primary }
                [:octicons-eye-16:](https://signal.org/legal/#privacy-policy){ .card-link title="Privacy Policy" }
                [:octicons-info-16:](https://support.signal.org/hc/en-us){ .card-link title=Documentation}
                """);

        List<Attributes> attributes = content.stream().filter(Link.class::isInstance)
                .map(i -> ((Link) i).attributes()).toList();
        assertThat(attributes).containsExactly(
                Attributes.ofClasses("md-button", "md-button--primary"),
                new Attributes("", List.of("card-link"), List.of(new Attributes.Attribute("title", "Privacy Policy"))),
                new Attributes("", List.of("card-link"), List.of(new Attributes.Attribute("title", "Documentation"))));
        assertThat(content).noneMatch(i -> i instanceof Text t && t.literal().contains("{"));
    }

    @Test
    void withoutSpacesOnImagesCodeAndIcons() {
        List<Inline> content = inlines("[:material-bug-outline: 被動攻擊](basics/common-threats.md#security-and-privacy \"\")"
                + "{.pg-orange} ![Signal logo](signal.svg){ align=right } `code`{ #c } :material-check:{ .pg-green }");

        assertThat(((Link) content.get(0)).attributes()).isEqualTo(Attributes.ofClasses("pg-orange"));
        assertThat(((Link) content.get(0)).title()).contains("");
        Image image = (Image) content.stream().filter(Image.class::isInstance).findFirst().orElseThrow();
        assertThat(image.attributes().get("align")).contains("right");
        Code code = (Code) content.stream().filter(Code.class::isInstance).findFirst().orElseThrow();
        assertThat(code.attributes().id()).isEqualTo("c");
        Icon icon = (Icon) content.get(content.size() - 1);
        assertThat(icon.attributes().classes()).containsExactly("pg-green");
    }

    @Test
    void aSpaceBeforeTheBracesOrAnInvalidListLeavesText() {
        assertThat(Traversal.plainText(inlines("[link item with space before attr](https://example.org) { .pg-teal }")))
                .isEqualTo("link item with space before attr { .pg-teal }");
        assertThat(Traversal.plainText(inlines("[x](y.md){ not valid! }"))).isEqualTo("x{ not valid! }");
    }

    @Test
    void aBareWordIsAnAttributeValuedByItself() {
        Image image = (Image) inlines("![Logo](logo.svg){ .twemoji loading-lazy }").get(0);

        assertThat(image.attributes().classes()).containsExactly("twemoji");
        assertThat(image.attributes().get("loading-lazy")).contains("loading-lazy");
    }

    @Test
    void aBrokenListIsOneDiagnosticAtItsBrace() {
        dev.folio.model.Page page = parser.parse("See [the docs](x.md){ .button title=\"unclosed }.");

        assertThat(page.diagnostics()).singleElement().hasToString(
                "<input>:1:21: not a valid attribute list, kept as text: { .button title=\"unclosed }");
        assertThat(Traversal.plainText(((Paragraph) page.document().blocks().get(0)).content()))
                .isEqualTo("See the docs{ .button title=\"unclosed }.");
    }

    @Test
    void headingIdWinsAndReservesTheSlug() {
        List<Heading> headings = parser.parse("## Heading with explicit id { #custom-id }\n\n## Custom id\n\n"
                + "## Other { #custom-id-2 .wide }\n").document().headings();

        assertThat(headings).extracting(Heading::id).containsExactly("custom-id", "custom-id_1", "custom-id-2");
        assertThat(headings.get(0).text()).isEqualTo("Heading with explicit id");
        assertThat(headings.get(2).attributes().classes()).containsExactly("wide");
    }

    @Test
    void aListOnTheLastLineOfAParagraphOrTightItem() {
        List<Block> blocks = parser.parse("""
                Paragraph text
                { .centered }

                - tight item, attr list on its own line
                  { .pg-blue }
                - plain list item with attr list { .pg-red }
                """).document().blocks();

        Paragraph paragraph = (Paragraph) blocks.get(0);
        assertThat(paragraph.attributes().classes()).containsExactly("centered");
        assertThat(Traversal.plainText(paragraph.content())).isEqualTo("Paragraph text");
        BulletList list = (BulletList) blocks.get(1);
        assertThat(list.items().get(0).attributes().classes()).containsExactly("pg-blue");
        assertThat(list.items().get(1).attributes().isEmpty()).isTrue();
        assertThat(Traversal.plainText(((Paragraph) list.items().get(1).children().get(0)).content()))
                .endsWith("{ .pg-red }");
    }
}
