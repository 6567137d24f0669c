package dev.folio.render.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folio.model.doc.Attributes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bytes each syntax writes for the same calls. */
class MarkupWriterTest {
    private final MarkupWriter html = new MarkupWriter(MarkupWriter.Syntax.HTML);
    private final MarkupWriter xhtml = new MarkupWriter(MarkupWriter.Syntax.XHTML);

    @Test
    void writesAttributesSortedWithGeneratedClassesFirstAsPythonMarkdownDoes() {
        Attributes own = new Attributes("intro", java.util.List.of("lead"),
                java.util.List.of(new Attributes.Attribute("data-x", "a\"b"), new Attributes.Attribute("on click", "x")));
        html.start("p", own, Map.of("class", "admonition", "title", "T")).text("1 < 2 & \"so\"").end().newline();
        assertThat(html.finish()).isEqualTo(
                "<p class=\"admonition lead\" data-x=\"a&quot;b\" id=\"intro\" title=\"T\">1 &lt; 2 &amp; \"so\"</p>\n");
    }

    @Test
    void emptyElementsAreClosedAsEachSyntaxSpellsThem() {
        html.start("td").end().start("hr").endVoid();
        xhtml.start("td").end().start("hr").endVoid();
        assertThat(html.finish()).isEqualTo("<td></td><hr />");
        assertThat(xhtml.finish()).isEqualTo("<td/><hr/>");
    }

    @Test
    void xhtmlDropsWhatXmlForbidsAndHtmlKeepsTextAsWritten() {
        String text = "a\u0001b\uFFFEc\uD800d";
        assertThat(xhtml.start("p").attr("title", "x\ny").text(text).end().finish())
                .isEqualTo("<p title=\"x y\">abcd</p>");
        assertThat(html.text("a'b").finish()).isEqualTo("a'b");
    }

    @Test
    void resetForgetsWhatAFailedBlockWroteAndTheElementsItOpened() {
        html.start("div");
        MarkupWriter.Mark mark = html.mark();
        html.start("p").text("half");
        html.reset(mark);
        html.text("instead");
        assertThat(html.finish()).isEqualTo("<div>instead</div>");
    }

    @Test
    void attributesOutsideAStartTagAreAMistakeNotMarkup() {
        html.start("p").text("x");
        assertThatThrownBy(() -> html.attr("id", "late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void elementsBeyondTheDepthLimitAreLeftOutButTheirTextIsKept() {
        xhtml.limitDepth(2).classDeeperThan(1, "deep");
        xhtml.start("div").start("div").attr("class", "two").start("div").attr("class", "three").text("deepest")
                .end().end().end();
        assertThat(xhtml.finish()).isEqualTo("<div><div class=\"two deep\">deepest</div></div>");
        assertThat(xhtml.flattened()).isTrue();
    }
}
