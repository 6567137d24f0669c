package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.folio.model.Page;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.FootnoteReference;
import dev.folio.model.doc.Heading;
import dev.folio.model.doc.HtmlContainer;
import dev.folio.model.doc.HtmlInlineContainer;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.Node;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Traversal;

/**
 * The seeds against ../shared/spec/html-structures.md: the model carries what MkDocs' HTML needs.
 * Kept difference on purpose: footnote references count in document order (MkDocs' ids follow its
 * processing order, §7), so ids differ while the set of back-references is the same. Emphasis is
 * Python-Markdown's ({@code PythonEmphasis}), so {@code 影響* *所有* *過去} reads as §12 says; but
 * {@code **…。 **} (a space before the closing marks, then the line's end) stays text: §12 shows
 * Python-Markdown 3.4.1, whose {@code not_strong} took single tokens only; since 3.4.2 a lone {@code **}
 * between spaces is text, and Folio follows the current release.
 */
@EnabledIfSystemProperty(named = "folio.corpus", matches = ".+")
class SeedConformanceTest {
    private final Path seeds = Path.of(System.getProperty("folio.corpus", ".")).resolve("seeds");
    private final FolioParser parser = FolioParser.create();

    private static <T extends Node> List<T> all(Page page, Class<T> type) {
        return Traversal.nodes(page.document()).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void zhHantHasTheStructuresOfSections3To10() {
        Page page = parser.parse(seeds.resolve("zh-Hant.real-time-communication.md"));

        // §10: non-Latin headings share the _N counter, Latin ones get slugs.
        assertThat(page.document().headings()).extracting(Heading::id)
                .contains("_1", "_2", "_3", "_4", "_5", "signal", "molly-android", "simplex-chat", "briar");
        // §3/§4: recommendation divs with a details.downloads and its summary first.
        List<HtmlContainer> divs = all(page, HtmlContainer.class).stream()
                .filter(c -> c.attributes().hasClass("recommendation")).toList();
        assertThat(divs).isNotEmpty().allSatisfy(div -> assertThat(div.attributes().pairs()).isEmpty());
        HtmlContainer details = all(page, HtmlContainer.class).stream().filter(c -> c.tag().equals("details"))
                .findFirst().orElseThrow();
        assertThat(details.attributes().classes()).containsExactly("downloads");
        assertThat(details.children().get(0)).isInstanceOfSatisfying(HtmlInlineContainer.class,
                s -> assertThat(Traversal.plainText(s.content())).isEqualTo("Downloads"));
        // §5/§9: the empty title and the class on the link.
        assertThat(all(page, Link.class)).anySatisfy(link -> {
            assertThat(link.title()).contains("");
            assertThat(link.attributes().classes()).containsExactly("pg-orange");
            assertThat(link.target().written()).isEqualTo("basics/common-threats.md#security-and-privacy");
        });
        // §7/§8: five generated references to note 1, two to note 2; the raw <sup> is not one of them.
        assertThat(all(page, FootnoteReference.class)).filteredOn(r -> r.number() == 1).hasSize(5);
        assertThat(all(page, FootnoteReference.class)).filteredOn(r -> r.number() == 2).hasSize(2);
        assertThat(all(page, RawInline.class)).extracting(RawInline::html)
                .contains("<sup id=\"fnref3:1\">", "<a href= \"#fn:1\" class=\"footnote-ref\">", "&#160;", "&#8617;");
        assertThat(page.document().footnotes()).hasSize(2);
        // §6: icons by set and name, Font Awesome's style in the name.
        assertThat(all(page, Icon.class)).extracting(Icon::shortcode)
                .contains(":octicons-home-16:", ":simple-googleplay:", ":fontawesome-brands-windows:");
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void ukLegacyHasNestedAdmonitionsWithTranslatedTypes() {
        Page page = parser.parse(seeds.resolve("uk-legacy.real-time-communication.md"));

        List<Admonition> admonitions = all(page, Admonition.class);
        assertThat(admonitions).extracting(Admonition::type).contains("рекомендації", "downloads");
        Admonition outer = admonitions.stream().filter(a -> a.type().equals("рекомендації")).findFirst().orElseThrow();
        assertThat(outer.titleText()).isEqualTo("Рекомендації");
        assertThat(outer.children()).anySatisfy(child -> assertThat(child).isInstanceOfSatisfying(Admonition.class,
                inner -> assertThat(inner.collapse()).isEqualTo(Admonition.Collapse.CLOSED)));
        // Unknown to current simple-icons, still an icon: whether it exists is the renderer's business.
        assertThat(all(page, Icon.class)).extracting(Icon::shortcode).contains(":simple-windows11:");
    }

    @Test
    void everySeedParsesCleanly() {
        for (String language : List.of("he", "nl", "ru", "uk-legacy", "zh-Hant")) {
            Page page = parser.parse(seeds.resolve(language + ".real-time-communication.md"));

            assertThat(page.diagnostics()).as(language).isEmpty();
            assertThat(page.document().headings()).as(language).hasSizeGreaterThan(5);
            assertThat(page.frontMatter().title()).as(language).isPresent();
        }
    }
}
