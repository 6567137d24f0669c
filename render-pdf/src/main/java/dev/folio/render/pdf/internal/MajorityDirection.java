package dev.folio.render.pdf.internal;

import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Traversal;
import java.util.List;

/**
 * Finds paragraphs written in the other direction than their guide. openhtmltopdf reorders a
 * right-to-left line inline box by inline box, so an untranslated English sentence with bold words
 * or links in a Hebrew guide comes out with its words scrambled ({@code Select **Phone Number**.}
 * printed as {@code .Phone NumberSelect}); printed left to right it reads correctly. A sentence
 * against the guide's direction is also aligned that way; a short label keeps the guide's
 * alignment, so that it lines up with the translated text around it.
 */
final class MajorityDirection {
    /** Fewer letters than this are a label, not a sentence. */
    private static final int SENTENCE = 20;

    /** The {@code dir} attribute of a block (empty: the guide's) and its {@code style} (empty: none). */
    record Direction(String dir, String style) {
        static final Direction GUIDE = new Direction("", "");
    }

    private MajorityDirection() {
    }

    /** {@code "ltr"} or {@code "rtl"} when the text runs against the guide's direction, else empty. */
    static String dirAttribute(List<Inline> content, boolean pageRightToLeft) {
        return of(content, pageRightToLeft).dir();
    }

    /**
     * Turned around: text with most letters against the guide's direction and at least a sentence of
     * them, and text with no letter at all in the guide's direction.
     */
    static Direction of(List<Inline> content, boolean pageRightToLeft) {
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
        int against = pageRightToLeft ? leftToRight : rightToLeft;
        int along = pageRightToLeft ? rightToLeft : leftToRight;
        if (against == 0 || (along > 0 && (against <= along || against < SENTENCE))) {
            return Direction.GUIDE;
        }
        String dir = pageRightToLeft ? "ltr" : "rtl";
        return against >= SENTENCE ? new Direction(dir, "")
                : new Direction(dir, "text-align:" + (pageRightToLeft ? "right" : "left"));
    }
}
