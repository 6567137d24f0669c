package dev.folio.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;
import dev.folio.render.kit.MarkupWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What raw HTML keeps and what it gets, fragment by fragment, scope by scope. */
class RawHtmlBalanceTest {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final RawHtmlBalance balance = new RawHtmlBalance(diagnostics);
    private final MarkupWriter out = new MarkupWriter(MarkupWriter.Syntax.HTML);

    private void raw(String html) {
        balance.append(out, html, SourcePosition.of("page.md", 3, 1));
    }

    @Test
    void keepsBalancedHtmlAsWrittenAcrossFragments() {
        int page = balance.enter();
        raw("<div class=\"grid\">\n");
        out.raw("<p>Markdown between</p>\n");
        raw("</div>\n");
        balance.leave(out, page);
        assertThat(out).hasToString("<div class=\"grid\">\n<p>Markdown between</p>\n</div>\n");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void leavesOutAnEndTagThatClosesNothingTheContentOpened() {
        int page = balance.enter();
        raw("text</div> more");
        balance.leave(out, page);
        assertThat(out).hasToString("text more");
        assertThat(diagnostics).extracting(Diagnostic::toString)
                .containsExactly("page.md:3:1: </div> closes no element opened in the page's HTML; left out, as it "
                        + "would close the page's own layout");
    }

    @Test
    void closesWhatAScopeLeftOpenBeforeTheElementAroundItEnds() {
        int page = balance.enter();
        out.raw("<p>");
        int paragraph = balance.enter();
        raw("<table>");
        raw("<em>");
        raw("<td>");
        balance.leave(out, paragraph);
        out.raw("</p>");
        balance.leave(out, page);
        assertThat(out).hasToString("<p><table><em><td></em></table></p>");
    }

    @Test
    void endsAnUnclosedCommentOrScriptAndWritesACutOffTagAsText() {
        int page = balance.enter();
        raw("<!-- never closed");
        balance.leave(out, page);
        page = balance.enter();
        raw("<script>var a = '</scriptx>';");
        balance.leave(out, page);
        page = balance.enter();
        raw("<div class=\"");
        balance.leave(out, page);
        assertThat(out).hasToString("<!-- never closed--><script>var a = '</scriptx>';</script>&lt;div class=\"");
    }

    @Test
    void aTableStartedInATableEndsTheFirstWithWhatWasOpenedAfterIt() {
        int page = balance.enter();
        raw("<table><div><table>");
        balance.leave(out, page);
        assertThat(out).hasToString("<table><div><table></table>");
    }

    @Test
    void closesARawDivLeftOpenSoThatTheContainerAroundItCanEnd() {
        int page = balance.enter();
        out.raw("<v>");
        int container = balance.enter();
        raw("<div>");
        balance.leave(out, container);
        out.raw("</v>");
        balance.leave(out, page);
        assertThat(out).hasToString("<v><div></div></v>");
    }

    @Test
    void leavesOutAStrayEndTagOfAnyElementSayingSoOnlyWhereTheLayoutWasAtStake() {
        int page = balance.enter();
        raw("</details>\n");
        balance.leave(out, page);
        assertThat(out).hasToString("\n");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void anEndTagInsideAContainerClosesTheElementOpenedAroundIt() {
        int page = balance.enter();
        raw("<a href=\"tip\">\n");
        int container = balance.enter();
        raw("</a>\n");
        balance.leave(out, container);
        balance.leave(out, page);
        assertThat(out).hasToString("<a href=\"tip\">\n</a>\n");
        assertThat(diagnostics).isEmpty();
    }
}
