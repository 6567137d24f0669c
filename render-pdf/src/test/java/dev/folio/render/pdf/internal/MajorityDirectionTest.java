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
    void leavesHebrewTextWithLatinNamesAlone() {
        assertThat(MajorityDirection.dirAttribute(text("Folio מפרסם מסמכי Markdown כאתר וכמדריכים להדפסה."), true))
                .isEmpty();
        assertThat(MajorityDirection.dirAttribute(text("Google Play ב-Android"), true)).isEmpty();
        assertThat(MajorityDirection.dirAttribute(text("Plain English in an English guide."), false)).isEmpty();
    }

    @Test
    void printsAShortEnglishLabelInAHebrewGuideLeftToRightButAlignedWithTheHebrew() {
        // "Select **Phone Number**." came out as ".Phone NumberSelect" when left right to left
        assertThat(MajorityDirection.of(text("Select Phone Number."), true))
                .isEqualTo(new MajorityDirection.Direction("ltr", "text-align:right"));
    }

    @Test
    void printsAHebrewParagraphInAnEnglishGuideRightToLeft() {
        assertThat(MajorityDirection.dirAttribute(text("טבלאות, רשימות ותיבות הערה עובדות גם מימין לשמאל."), false))
                .isEqualTo("rtl");
    }
}
