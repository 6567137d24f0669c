package dev.folio.render.pdf.internal.chunked;

import dev.folio.render.pdf.internal.FontLibrary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The running footer "page / pages" of a guide printed in parts ({@link ChunkedGuide}), stamped
 * once the parts are merged and the total is known, where and as the print style sheet sets it:
 * Noto Sans 8.5 pt, #666, centred in the bottom margin; an artifact, outside the structure tree.
 */
final class PageNumbers {
    private static final float SIZE = 8.5f;
    private static final float GREY = 0x66 / 255f;
    /** The baseline's height above the paper's bottom edge, as openhtmltopdf places the footer. */
    static final float BASELINE = 28.4625f;

    private PageNumbers() {
    }

    /** Stamps every page from {@code first} (0-based) on. */
    static void stamp(PDDocument document, int first) throws IOException {
        PDType0Font font = PDType0Font.load(document,
                new ByteArrayInputStream(FontLibrary.bytes("NotoSans-Regular.ttf")), true);
        int total = document.getNumberOfPages();
        for (int i = first; i < total; i++) {
            PDPage page = document.getPage(i);
            PDRectangle box = page.getMediaBox();
            String text = (i + 1) + " / " + total;
            float width = font.getStringWidth(text) / 1000 * SIZE;
            try (PDPageContentStream out = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out.beginMarkedContent(COSName.ARTIFACT);
                out.beginText();
                out.setFont(font, SIZE);
                out.setNonStrokingColor(GREY, GREY, GREY);
                out.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + BASELINE);
                out.showText(text);
                out.endText();
                out.endMarkedContent();
            }
        }
    }
}
