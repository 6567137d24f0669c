package dev.folio.render.html;

import org.junit.jupiter.api.Test;

/** Inputs the HTML fuzz run found, shrunk, kept as they were found: each once broke the page around its content. */
class HtmlFuzzRegressionTest {

    @Test
    void aStrayEndTagDoesNotCloseTheThemesLayout() {
        HtmlFuzzTest.check("div markdown>\nPlain text with **bold**, *em*, `code`, [a link](other.md#part), "
                + "![image](img/a.png){ width=\"10\" }.\n</div>");
    }

    @Test
    void aTagCutOffInsideItsAttributesDoesNotSwallowTheFooter() {
        HtmlFuzzTest.check("<div class=\"");
    }

    @Test
    void rawHtmlAtTheDeepestNestingStaysInsideTheArticle() {
        String quotes = "> ".repeat(48);
        HtmlFuzzTest.check(quotes + "<div class=\"grid cards\" markdown>\n" + quotes + "- :material-clock: __Fast__\n"
                + quotes + "    ---\n" + quotes + "    text\n" + quotes + "</div>\n");
    }

    @Test
    void rawHtmlLeftOpenInAQuoteIsClosedInsideTheQuote() {
        HtmlFuzzTest.check("><div>");
    }

    @Test
    void rawHtmlLeftOpenInATightListItemIsClosedInsideTheItem() {
        HtmlFuzzTest.check("- <div>");
    }

    @Test
    void rawHtmlNestedThousandsDeepKeepsTheFooterWhereItBelongs() {
        HtmlFuzzTest.check("<div>" + "<v>".repeat(3_000));
    }

    @Test
    void aTagNameIsReadAsABrowserReadsIt() {
        HtmlFuzzTest.check("<p <div\"\"\"\">");
    }

    @Test
    void aDivATableClosedImplicitlyIsNotClosedAgain() {
        HtmlFuzzTest.check("<table><div \"\"><table>");
    }

    @Test
    void aScriptEndsOnlyAtItsOwnEndTag() {
        HtmlFuzzTest.check("<script></scriptt>");
    }

    @Test
    void quotesDelimitOnlyAttributeValuesAsInABrowser() {
        HtmlFuzzTest.check("<p \"\"\"=\"><div \"\"></div>");
    }

    @Test
    void rawHtmlLeftOpenInsideUnknownElementsDoesNotKeepThemOpen() {
        HtmlFuzzTest.check("<v markdown>\n".repeat(48) + "<div><v><v><table>*l*<td>\n");
    }

    @Test
    void aDeclarationCutOffDoesNotTurnThePageIntoAComment() {
        HtmlFuzzTest.check("<!star\n+ plus\n");
        HtmlFuzzTest.check("<?php\ntext\n");
        HtmlFuzzTest.check("</ not a tag\n");
    }

    @Test
    void aStrayEndTagOfAnElementFolioOpenedDoesNotCloseItWithRawHtmlInside() {
        HtmlFuzzTest.check("<v markdown><details markdown><div\n<details></details>");
    }

    @Test
    void aScriptEndTagCutOffDoesNotTakeThePagesMarkupAsItsAttributes() {
        HtmlFuzzTest.check("<script></script\n~~~");
        HtmlFuzzTest.check("<style></style");
    }

    @Test
    void aCommentLeftOpenEndsWithItsOwnFragment() {
        HtmlFuzzTest.check("<v>\n<!--\n\n<div markdown>");
    }
}
