package dev.folio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class MajorityDirectionTest {
    private static List<Inline> text(String literal) {
        return List.of(new Text(literal, Attributes.EMPTY, SourcePosition.UNKNOWN));
    }

    @Test
    void printsAnUntranslatedEnglishSentenceInAHebrewGuideLeftToRight() {
        assertThat(MajorityDirection.dirAttribute(text("Tap Username and choose Continue on the screen."), true))
                .isEqualTo("ltr");
    }

    @Test
    void leavesHebrewTextWithLatinNamesAndShortLabelsAlone() {
        assertThat(MajorityDirection.dirAttribute(text("Folio מפרסם מסמכי Markdown כאתר וכמדריכים להדפסה."), true))
                .isEmpty();
        assertThat(MajorityDirection.dirAttribute(text("Google Play"), true)).isEmpty();
        assertThat(MajorityDirection.dirAttribute(text("Plain English in an English guide."), false)).isEmpty();
    }

    @Test
    void printsAHebrewParagraphInAnEnglishGuideRightToLeft() {
        assertThat(MajorityDirection.dirAttribute(text("טבלאות, רשימות ותיבות הערה עובדות גם מימין לשמאל."), false))
                .isEqualTo("rtl");
    }
}
