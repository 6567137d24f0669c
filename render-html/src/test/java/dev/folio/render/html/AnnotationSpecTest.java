package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Material's code annotations, Markdown in and HTML out: the examples of Material's documentation
 * (../shared/realsites/material/src/docs/reference/code-blocks.md, "Code annotations", and annotations.md), written as
 * Material's script leaves the page (an {@code <aside class="md-annotation">} where the marker was, the list item's
 * content in its tooltip, the list shown in print only).
 */
class AnnotationSpecTest {
    private static final String FEATURE = "theme:\n  name: material\n  features:\n    - content.code.annotate\n";
    private static final String EXTENSIONS = "markdown_extensions:\n  - attr_list\n  - pymdownx.superfences\n";

    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String config, String markdown) throws IOException {
        return SpecPages.content(project, config + EXTENSIONS, markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    private static String annotation(String id, int number, String content) {
        return "<aside class=\"md-annotation\" tabindex=\"0\"><div class=\"md-tooltip\" id=\"" + id + "\" role=\"tooltip\">"
                + "<div class=\"md-tooltip__inner md-typeset\">" + content + "</div></div>"
                + "<a class=\"md-annotation__index\" href=\"#" + id + "\" tabindex=\"-1\"><span data-md-annotation-id=\""
                + number + "\"></span></a></aside>";
    }

    private static final String TEXT = ":man_raising_hand: I'm a code annotation! I can contain <code>code</code>, "
            + "<strong>formatted\ntext</strong>, images, ... basically anything that can be written in Markdown.";
    private static final String NOTE = """

            1.  :man_raising_hand: I'm a code annotation! I can contain `code`, __formatted
                text__, images, ... basically anything that can be written in Markdown.
            """;

    @Test
    void aMarkerInACommentBecomesTheListItemAfterTheBlockAndTheListIsForPrint() throws IOException {
        String markdown = "``` yaml\ntheme:\n  features:\n    - content.code.annotate # (1)\n```\n" + NOTE;
        assertThat(html(FEATURE, markdown)).isEqualTo(expected("<div class=\"highlight\"><pre><span></span><code>"
                + "<span class=\"nt\">theme</span><span class=\"p\">:</span>\n"
                + "<span class=\"w\">  </span><span class=\"nt\">features</span><span class=\"p\">:</span>\n"
                + "<span class=\"w\">    </span><span class=\"p p-Indicator\">-</span><span class=\"w\"> </span>"
                + "<span class=\"l l-Scalar l-Scalar-Plain\">content.code.annotate</span><span class=\"w\"> </span>"
                + "<span class=\"c1\"># "
                + annotation("__code_0_annotation_1", 1, TEXT) + "</span>\n</code></pre></div>"
                + "<ol class=\"md-annotation-list\"><li>" + TEXT + "</li></ol>"));
    }

    @Test
    void anExclamationMarkMakesTheWholeCommentTheMarker() throws IOException {
        String markdown = "``` yaml\n# (1)!\n```\n\n1.  Look ma, less line noise!\n";
        assertThat(html(FEATURE, markdown)).isEqualTo(expected("<div class=\"highlight\"><pre><span></span><code>"
                + "<span class=\"c1\">" + annotation("__code_0_annotation_1", 1, "Look ma, less line noise!")
                + "</span>\n</code></pre></div><ol class=\"md-annotation-list\"><li>Look ma, less line noise!</li></ol>"));
    }

    @Test
    void withoutTheFeatureOnlyABlockWithTheAnnotateClassTakesItsList() throws IOException {
        String plain = html("", "``` yaml\n# (1)\n```\n\n1.  Note\n");
        assertThat(plain).isEqualTo(expected("<div class=\"highlight\"><pre><span></span><code>"
                + "<span class=\"c1\"># (1)</span>\n</code></pre></div><ol><li>Note</li></ol>"));
        String annotated = html("", "``` { .yaml .annotate }\n# (1)\n```\n\n1.  Note\n");
        assertThat(annotated).isEqualTo(expected("<div class=\"annotate highlight\"><pre><span></span><code>"
                + "<span class=\"c1\"># " + annotation("__code_0_annotation_1", 1, "Note")
                + "</span>\n</code></pre></div><ol class=\"md-annotation-list\"><li>Note</li></ol>"));
    }

    @Test
    void markersCountInCommentsOnlyAndOnlyWithTheirListItem() throws IOException {
        String markdown = "``` python\nprint(\"(1)\")  # (1) and (2)\n```\n\n1.  One\n";
        assertThat(html(FEATURE, markdown)).isEqualTo(expected("<div class=\"highlight\"><pre><span></span><code>"
                + "<span class=\"nb\">print</span><span class=\"p\">(</span><span class=\"s2\">&quot;(1)&quot;</span>"
                + "<span class=\"p\">)</span>  <span class=\"c1\"># " + annotation("__code_0_annotation_1", 1, "One")
                + " and (2)</span>\n</code></pre></div><ol class=\"md-annotation-list\"><li>One</li></ol>"));
    }

    @Test
    void extraAnnotateNamesFurtherTokenClassesPerLanguage() throws IOException {
        String config = FEATURE + "extra:\n  annotate:\n    json: [.s2]\n";
        String markdown = "``` json\n{\n  \"key\": \"value (1)\"\n}\n```\n\n1.  Note\n";
        assertThat(html(config, markdown)).contains("<span class=\"s2\">\"value "
                + annotation("__code_0_annotation_1", 1, "Note") + "\"</span>");
    }

    @Test
    void theListMayFollowTextOnlyParagraphsAndEachBlockNumbersItsTooltips() throws IOException {
        String markdown = "``` yaml\na: 1 # (1)!\n```\n\n```yaml\nb: 2 # (1)!\n```\n\nSome text.\n\n1.  Note\n";
        String html = html(FEATURE, markdown);
        assertThat(html).doesNotContain("__code_0_annotation_1").contains("__code_1_annotation_1")
                .contains("<p>Some text.</p><ol class=\"md-annotation-list\">");
        String stopped = html(FEATURE, "``` yaml\na: 1 # (1)!\n```\n\nSome *text*.\n\n1.  Note\n");
        assertThat(stopped).doesNotContain("md-annotation").contains("<span class=\"c1\"># (1)!</span>");
    }

    @Test
    void aLooseListItemKeepsItsParagraphsInTheTooltip() throws IOException {
        String markdown = "``` yaml\na: 1 # (1)!\n```\n\n1.  First paragraph.\n\n    Second paragraph.\n";
        assertThat(html(FEATURE, markdown)).contains(annotation("__code_0_annotation_1", 1,
                "\n<p>First paragraph.</p>\n<p>Second paragraph.</p>\n"));
    }

    @Test
    void textAnnotationsAreLeftAsMaterialPublishesThemForTheScript() throws IOException {
        String markdown = "Lorem ipsum dolor sit amet, (1) consectetur adipiscing elit.\n{ .annotate }\n\n1.  Note\n";
        assertThat(html("", markdown)).isEqualTo(expected(
                "<p class=\"annotate\">Lorem ipsum dolor sit amet, (1) consectetur adipiscing elit.</p>"
                        + "<ol><li>Note</li></ol>"));
    }
}
