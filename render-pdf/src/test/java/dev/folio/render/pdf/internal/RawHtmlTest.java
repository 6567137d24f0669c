package dev.folio.render.pdf.internal;

import dev.folio.render.kit.MarkupWriter;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class RawHtmlTest {
    private static final UnaryOperator<String> HTTP_ONLY = href -> href.startsWith("https:") ? href : null;

    private static String sanitise(String... fragments) {
        MarkupWriter out = PrintMarkup.writer();
        out.start("p");
        RawHtml raw = new RawHtml(out, HTTP_ONLY);
        for (String fragment : fragments) {
            raw.write(fragment, 1);
        }
        return out.finish();
    }

    @Test
    void keepsPresentationalElementsWithTheirClasses() {
        assertThat(sanitise("<small class=\"note\">fine <b>print</b></small>"))
                .isEqualTo("<p><small class=\"note\">fine <b>print</b></small></p>");
    }

    @Test
    void balancesTagsThatArriveOneFragmentAtATime() {
        assertThat(sanitise("<small>", "text", "</small>", "<b>", "left open")).isEqualTo(
                "<p><small>text</small><b>left open</b></p>");
        assertThat(sanitise("</em>stray end tag")).isEqualTo("<p>stray end tag</p>");
    }

    @Test
    void dropsScriptsStylesAndEmbeddedContentWithWhatIsInside() {
        assertThat(sanitise("a<script>alert('x')</script>b<style>p{}</style>c<iframe src=x>f</iframe>d<!-- note -->"))
                .isEqualTo("<p>abcd</p>");
    }

    @Test
    void unwrapsUnknownElementsAndDropsEventHandlers() {
        assertThat(sanitise("<custom-tag onclick=\"evil()\">kept</custom-tag><span onmouseover=x>span</span>"))
                .isEqualTo("<p>kept<span>span</span></p>");
    }

    @Test
    void keepsOnlyLinksThatCanBeFollowedFromPaper() {
        assertThat(sanitise("<a href=\"https://example.org\">web</a> <a href=\"javascript:evil()\">script</a>"))
                .isEqualTo("<p><a href=\"https://example.org\">web</a> <span>script</span></p>");
    }

    @Test
    void decodesEntitiesAndEscapesWhatXmlNeeds() {
        assertThat(sanitise("&copy; &#8364; &#x41; &amp;&lt;tag&gt; &unknown; 1 < 2"))
                .isEqualTo("<p>© € A &amp;&lt;tag&gt; &amp;unknown; 1 &lt; 2</p>");
    }

    @Test
    void turnsImagesIntoTheirTextAndKeepsLineBreaks() {
        assertThat(sanitise("one<br>two <img src=\"/etc/passwd\" alt=\"a picture\">"))
                .isEqualTo("<p>one<br/>two a picture</p>");
    }

    /** Found by PrintFuzzTest: the tag pattern backtracked exponentially and the guide's writing hung. */
    @Test
    void aTagWithManyQuotedValuesAndNoEndIsReadInLinearTime() {
        String tag = "<a" + " title=\"one two\"".repeat(40) + " and no end";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> assertThat(sanitise(tag + " then text")).contains("then text"));
    }
}
