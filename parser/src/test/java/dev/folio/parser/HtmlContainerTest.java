package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.folio.model.Page;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.HtmlBlock;
import dev.folio.model.doc.HtmlContainer;
import dev.folio.model.doc.HtmlInlineContainer;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Strong;
import dev.folio.model.doc.Traversal;

/** md_in_html, from the zh-Hant, he, nl and ru seeds. */
class HtmlContainerTest {
    private final FolioParser parser = FolioParser.create();

    @Test
    void aTagWrittenInsideACodeSpanDoesNotOpenAnElement() {
        Page page = parser.parse("""
                <div class="x" markdown>

                Write `<div class="y" markdown>` to get Markdown inside HTML.

                </div>

                After.
                """);

        assertThat(page.diagnostics()).isEmpty();
        assertThat(page.document().blocks()).hasSize(2);
        HtmlContainer div = (HtmlContainer) page.document().blocks().get(0);
        assertThat(div.children()).singleElement().isInstanceOf(Paragraph.class);
    }

    @Test
    void nestedDivAndDetailsAcrossBlankLines() {
        Page page = parser.parse("""
                ### Signal

                <div class="admonition recommendation" markdown>

                ![Signal logo](assets/img/messengers/signal.svg){ align=right }

                **Signal** 是由Signal Messenger LLC開發的行動應用程式。

                <details class="downloads" markdown>
                <summary>Downloads</summary>

                - [:simple-googleplay: Google Play](https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms)
                - [:fontawesome-brands-windows: Windows](https://signal.org/download/windows)

                </details>

                </div>

                After.
                """);

        List<Block> blocks = page.document().blocks();
        assertThat(blocks).hasSize(3);
        HtmlContainer div = (HtmlContainer) blocks.get(1);
        assertThat(div.tag()).isEqualTo("div");
        assertThat(div.attributes().classes()).containsExactly("admonition", "recommendation");
        assertThat(div.attributes().pairs()).isEmpty();
        assertThat(div.position()).hasToString("<input>:3:1");
        assertThat(div.children()).hasSize(3);
        assertThat(((Paragraph) div.children().get(1)).content().get(0)).isInstanceOf(Strong.class);
        HtmlContainer details = (HtmlContainer) div.children().get(2);
        assertThat(details.tag()).isEqualTo("details");
        assertThat(details.attributes().classes()).containsExactly("downloads");
        HtmlInlineContainer summary = (HtmlInlineContainer) details.children().get(0);
        assertThat(summary.tag()).isEqualTo("summary");
        assertThat(Traversal.plainText(summary.content())).isEqualTo("Downloads");
        assertThat(((BulletList) details.children().get(1)).items()).hasSize(2);
        assertThat(blocks.get(2)).isInstanceOf(Paragraph.class);
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void rawAdmonitionTitleIsKeptAsHtml() {
        HtmlContainer div = (HtmlContainer) parser.parse("""
                <div class="admonition warning" markdown>
                <p class="admonition-title">警告</p>

                這些通訊軟體無向前保密。

                </div>
                """).document().blocks().get(0);

        assertThat(((HtmlBlock) div.children().get(0)).html()).startsWith("<p class=\"admonition-title\">警告</p>");
        assertThat(div.children().get(1)).isInstanceOf(Paragraph.class);
    }

    @Test
    void sameNameElementsInsideAreCountedBeforeTheEndTag() {
        List<Block> blocks = parser.parse("""
                <div class="grid cards" markdown>

                <div markdown>

                Inner

                </div>

                Still outer

                </div>
                """).document().blocks();

        assertThat(blocks).hasSize(1);
        HtmlContainer outer = (HtmlContainer) blocks.get(0);
        assertThat(outer.children()).hasSize(2);
        assertThat(outer.children().get(0)).isInstanceOf(HtmlContainer.class);
    }

    @Test
    void spanElementsHoldInlineMarkdown() {
        List<Block> blocks = parser.parse("""
                <figure markdown="span">
                  ![Image](x.png){ width="300" }
                  <figcaption>Caption</figcaption>
                </figure>

                <p class="toolbox-quote-source" markdown>**Quoted** source</p>
                """).document().blocks();

        HtmlInlineContainer figure = (HtmlInlineContainer) blocks.get(0);
        assertThat(figure.tag()).isEqualTo("figure");
        HtmlInlineContainer p = (HtmlInlineContainer) blocks.get(1);
        assertThat(p.attributes().classes()).containsExactly("toolbox-quote-source");
        assertThat(p.content().get(0)).isInstanceOf(Strong.class);
    }

    @Test
    void anUnclosedElementIsOneDiagnosticAtItsStart() {
        Page page = parser.parse("Intro\n\n<div class=\"grid\" markdown>\n\nText\n");

        assertThat(page.diagnostics()).singleElement().hasToString(
                "<input>:3:1: <div markdown> is not closed; it ends here with its parent");
        assertThat(((HtmlContainer) page.document().blocks().get(1)).children()).hasSize(1);
    }

    @Test
    void aCardWrappedInARawLinkStillHoldsMarkdown() {
        List<Block> blocks = parser.parse("""
                <a href="tip-improve-your-social-media-and-build-resilient-communities">
                <div class="toolbox-tip-card toolbox-border-tools" markdown>

                ### 3. Improve your social media

                Learn More :material-arrow-right-drop-circle:
                {align=right}

                </div>
                </a>
                """).document().blocks();

        assertThat(blocks).hasSize(3);
        assertThat(((HtmlBlock) blocks.get(0)).html()).startsWith("<a href=");
        HtmlContainer card = (HtmlContainer) blocks.get(1);
        assertThat(card.attributes().classes()).containsExactly("toolbox-tip-card", "toolbox-border-tools");
        assertThat(card.children().get(0)).isInstanceOf(dev.folio.model.doc.Heading.class);
        assertThat(((Paragraph) card.children().get(1)).attributes().get("align")).contains("right");
        assertThat(((HtmlBlock) blocks.get(2)).html()).isEqualTo("</a>");
    }

    @Test
    void htmlWithoutTheMarkdownAttributeStaysRaw() {
        assertThat(parser.parse("<div class=\"x\">\n*not markdown*\n</div>\n").document().blocks())
                .singleElement().isInstanceOf(HtmlBlock.class);
    }

    @Test
    void aSummaryMaySpanSeveralLines() {
        HtmlContainer details = (HtmlContainer) parser.parse("""
                <details class="danger" markdown>
                <summary>Example scenario:
                **Threat of stalking**</summary>

                You want to keep your location private.

                </details>
                """).document().blocks().get(0);

        HtmlInlineContainer summary = (HtmlInlineContainer) details.children().get(0);
        assertThat(summary.tag()).isEqualTo("summary");
        assertThat(summary.content()).extracting(i -> i.getClass().getSimpleName())
                .containsExactly("Text", "LineBreak", "Strong");
        assertThat(details.children().get(1)).isInstanceOf(Paragraph.class);
    }

    @Test
    void aSummaryWhoseEndTagATranslationBrokeEndsAtTheBlankLine() {
        // i18n/fr/alternative-networks.md:61
        Page page = parser.parse("""
                <details class="downloads" markdown><summary>Télécharger<0>

                - [:simple-googleplay: Google Play](https://play.google.com/store/apps/details?id=org.torproject.android)

                </details>
                """);

        HtmlContainer details = (HtmlContainer) page.document().blocks().get(0);
        assertThat(Traversal.plainText(((HtmlInlineContainer) details.children().get(0)).content()))
                .isEqualTo("Télécharger<0>");
        assertThat(details.children().get(1)).isInstanceOf(BulletList.class);
        assertThat(page.diagnostics()).singleElement().hasToString("<input>:1:37: <summary> is not closed");
    }

    @Test
    void rawHtmlRunsToItsEndTagAcrossBlankLinesAndIndentedLines() {
        // i18n/pl/activism/legal/dpa-directory.md:66
        List<Block> blocks = parser.parse("""
                ### Africa

                <div class="table-wrapper">

                  <table role="table" class="dpadirectory-table table-africa">
                    <caption role="caption">Data Protection Authority Directory (Africa)</caption>

                    <!-- Table header -->
                    <thead>
                      <tr role="row">
                        <th role="column">Region</th>
                      </tr>
                    </thead>
                  </table>

                </div>

                After.
                """).document().blocks();

        assertThat(blocks).hasSize(3);
        String html = ((HtmlBlock) blocks.get(1)).html();
        assertThat(html).startsWith("<div class=\"table-wrapper\">\n\n  <table").endsWith("</table>\n\n</div>")
                .contains("\n\n    <!-- Table header -->\n    <thead>");
        assertThat(blocks.get(2)).isInstanceOf(Paragraph.class);
    }

    @Test
    void rawHtmlInsideAMarkdownElementAnAdmonitionAndATabStaysOneBlock() {
        String raw = """
                <div class="mdx-donors__list">

                <p>Members</p>

                </div>
                """;
        Page page = parser.parse("<div class=\"admonition info\" markdown>\n\n" + raw + "\n</div>\n\n!!! note\n\n"
                + raw.indent(4) + "\n=== \"Tab\"\n\n" + raw.indent(4));

        List<Block> blocks = page.document().blocks();
        HtmlContainer div = (HtmlContainer) blocks.get(0);
        assertThat(div.children()).singleElement().isInstanceOf(HtmlBlock.class);
        dev.folio.model.doc.Admonition note = (dev.folio.model.doc.Admonition) blocks.get(1);
        assertThat(note.children()).singleElement().isInstanceOf(HtmlBlock.class);
        dev.folio.model.doc.TabGroup tabs = (dev.folio.model.doc.TabGroup) blocks.get(2);
        assertThat(tabs.tabs().get(0).children()).singleElement().satisfies(b -> assertThat(((HtmlBlock) b).html())
                .isEqualTo(raw.strip()));
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void aRawElementNeverClosedRunsToTheEndOfItsContainerWithADiagnostic() {
        // i18n/de/about/donate.md:55: the translation lost a </div>
        Page page = parser.parse("""
                <div class="mdx-donors" data-mdx-component="donors">
                <div class="mdx-donors__list">

                --8<-- "includes>
                </div>

                <small markdown>

                This is a list of our **active** members.

                </small>
                """);

        assertThat(page.document().blocks()).singleElement().isInstanceOf(HtmlBlock.class);
        assertThat(page.diagnostics()).singleElement().hasToString(
                "<input>:1:1: <div> is not closed; the raw HTML runs to the end of its container");
    }

    @Test
    void anIndentedBlockTagThatContinuesAListItemsParagraphStaysInlineHtml() {
        // docs/mobile-phones.md:91
        List<Block> blocks = parser.parse("""
                - Google provides a list showing the support cycle. The price per day for a device can be calculated as:
                    <math xmlns="http://www.w3.org/1998/Math/MathML" display="inline">
                      <mfrac>
                        <mtext>Cost</mtext>
                      </mfrac>
                    </math>
                    , meaning that the longer use of the device the lower cost per day.
                - If the Pixel is unavailable in your region, the NitroPhone can be shipped globally.
                """).document().blocks();

        BulletList list = (BulletList) blocks.get(0);
        assertThat(list.items().get(0).children()).singleElement().satisfies(p -> assertThat(
                ((Paragraph) p).content()).anyMatch(dev.folio.model.doc.RawInline.class::isInstance));
    }
}
