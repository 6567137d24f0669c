package dev.folio.render.pdf.internal;

import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Traversal;
import java.util.List;

/**
 * Finds paragraphs written in the other direction than their guide. openhtmltopdf reorders a
 * right-to-left line inline box by inline box, so an untranslated English sentence with bold words
 * or links in a Hebrew guide comes out with its words scrambled; printed left to right it reads
 * correctly. Short labels ({@code Google Play}) keep the guide's direction, which is right for them.
 */
final class MajorityDirection {
    /** Fewer letters than this are a label, not a sentence. */
    private static final int SENTENCE = 20;

    private MajorityDirection() {
    }

    /** {@code "ltr"} or {@code "rtl"} when most letters of the text run against the guide's direction, else empty. */
    static String dirAttribute(List<Inline> content, boolean pageRightToLeft) {
        String text = Traversal.plainText(content);
        int leftToRight = 0;
        int rightToLeft = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte type = Character.getDirectionality(cp);
            if (type == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                leftToRight++;
            } else if (type == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rightToLeft++;
            }
            i += Character.charCount(cp);
        }
        if (pageRightToLeft && leftToRight > rightToLeft && leftToRight >= SENTENCE) {
            return "ltr";
        }
        if (!pageRightToLeft && rightToLeft > leftToRight && rightToLeft >= SENTENCE) {
            return "rtl";
        }
        return "";
    }
}
