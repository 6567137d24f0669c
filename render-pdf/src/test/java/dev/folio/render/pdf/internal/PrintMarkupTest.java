package dev.folio.render.pdf.internal;

import dev.folio.render.kit.MarkupWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintMarkupTest {

    @Test
    void escapesTextAndDropsWhatXmlForbidsOrTheFontsWouldDrawAsMarks() {
        MarkupWriter out = PrintMarkup.writer();
        out.start("p").attr("title", "a\u200Fb").text("<b> & \u0001 right\u200F-to\u200E-left \u202Bembedded\u202C, "
                + "isolate \u2066kept\u2069").end();
        assertThat(out.finish()).isEqualTo("<p title=\"a\u200Fb\">&lt;b&gt; &amp;  right-to-left embedded, "
                + "isolate \u2066kept\u2069</p>");
    }

    @Test
    void keepsChildCombinatorsInAStyleSheetReadableToHtmlParsers() {
        MarkupWriter out = PrintMarkup.writer();
        out.start("style").styleText("ul > li::before { content: \"<&]]>\"; }").end();
        assertThat(out.finish()).isEqualTo("<style>ul > li::before { content: \"&lt;&amp;]]&gt;\"; }</style>");
    }

    @Test
    void checksOnlyTheTextForMissingGlyphsNotTheMarkup() {
        assertThat(GuideDocument.printedText("<a href=\"https://例え.jp/\" title=\"\u263A\">text &amp; more</a>"))
                .isEqualTo("text &amp; more");
    }

    @Test
    void writesElementsNestedBeyondTheBoundFlatKeepingTheirTextAndStillClosesEveryOneItWrote() {
        MarkupWriter out = PrintMarkup.writer();
        int depth = PrintMarkup.MAX_DEPTH + 500;
        for (int i = 0; i < depth; i++) {
            out.start("div").attr("class", "level" + i);
        }
        out.text("deepest words");
        for (int i = 0; i < depth; i++) {
            out.end();
        }
        String xhtml = out.finish();
        assertThat(out.flattened()).isTrue();
        assertThat(xhtml.split("<div", -1)).hasSize(PrintMarkup.MAX_DEPTH + 1);
        assertThat(xhtml.split("</div>", -1)).hasSize(PrintMarkup.MAX_DEPTH + 1);
        assertThat(xhtml).contains("deepest words").doesNotContain("level" + PrintMarkup.MAX_DEPTH + "\"");
        assertThat(xhtml).contains("<div class=\"level" + (PrintMarkup.INDENTED_DEPTH - 1) + "\">")
                .contains("<div class=\"level" + PrintMarkup.INDENTED_DEPTH + " deep\">");
    }

    @Test
    void marksElementsNestedBeyondTheIndentedDepthWithOneClassAttribute() {
        MarkupWriter out = PrintMarkup.writer();
        for (int i = 0; i < PrintMarkup.INDENTED_DEPTH; i++) {
            out.start("div");
        }
        out.start("blockquote").start("p").attr("class", "x").text("t").end().empty("br").end();
        String xhtml = out.finish();
        assertThat(xhtml).contains("<blockquote class=\"deep\"><p class=\"x deep\">t</p><br class=\"deep\"/></blockquote>");
        assertThat(xhtml).startsWith("<div><div>");
    }

    @Test
    void forgetsWhatWasWrittenSinceAMarkOpenElementsIncluded() {
        MarkupWriter out = PrintMarkup.writer();
        out.start("div").text("kept");
        MarkupWriter.Mark mark = out.mark();
        out.start("blockquote").start("p").attr("class", "x").text("half a block");
        out.reset(mark);
        out.start("pre").text("plain").end();
        out.end();
        assertThat(out.finish()).isEqualTo("<div>kept<pre>plain</pre></div>");
    }
}
