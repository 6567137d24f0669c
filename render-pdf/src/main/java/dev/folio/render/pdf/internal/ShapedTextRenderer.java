package dev.folio.render.pdf.internal;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.FontRun;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Measures and places Indic text as PDFBox draws it. PDFBox substitutes glyphs (GSUB: conjuncts, vowel
 * signs) when it writes a Bengali or Devanagari run, but measures a run glyph by glyph without them;
 * openhtmltopdf laid lines out with that measure, and placed each font run of a line (the spaces between
 * Bengali words come from the Latin font) after the unsubstituted width of the one before, so words
 * overlapped or left gaps. This renderer measures such runs after the same substitutions, word by word as
 * PDFBox shapes them, and places each run after the shaped width of the one before. Other text is
 * measured as before (from cached character widths) and drawn as before. One instance per rendering: a
 * guide is laid out on one thread.
 */
final class ShapedTextRenderer extends PdfBoxTextRenderer {
    private static final DeviceFont FONT = new DeviceFont();

    private final Map<PDFont, GsubWorker> workers = new HashMap<>();
    private final Map<PDFont, Map<String, Float>> widths = new HashMap<>();
    private final Map<PDFont, Map<Integer, Float>> characterWidths = new HashMap<>();
    private BidiReorderer reorderer;

    @Override
    public void setup(FontContext context, BidiReorderer bidiReorderer) {
        super.setup(context, bidiReorderer);
        this.reorderer = bidiReorderer;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        String text = TextRenderer.getEffectivePrintableString(string);
        if (!(font instanceof PdfBoxFSFont pdfBoxFont) || reorderer == null) {
            return super.getWidth(context, font, string);
        }
        if (!needsShaping(text)) {
            float units = unshapedWidth(pdfBoxFont, text);
            return Float.isNaN(units) ? super.getWidth(context, font, string) : rounded(units / 1000f * pdfBoxFont.getSize2D());
        }
        float units = 0;
        for (FontRun run : divideIntoFontRuns(pdfBoxFont, text, reorderer)) {
            units += width(run.description.getFont(), run.string);
        }
        return rounded(units / 1000f * pdfBoxFont.getSize2D());
    }

    /** As openhtmltopdf rounds its own measures. */
    private static int rounded(float width) {
        return width - Math.floor(width) < 0.01f ? (int) width : (int) Math.ceil(width);
    }

    /**
     * The engine's own measure, the width of the whole text in the first font, taken from widths cached per
     * character: PDFBox encodes and decodes every string it measures, a tenth of the time of a long guide.
     * The same widths added in the same order give the same sum. NaN when the first font lacks a character
     * (the engine then measures font run by font run).
     */
    private float unshapedWidth(PdfBoxFSFont font, String text) {
        List<PdfBoxFontResolver.FontDescription> descriptions = font.getFontDescriptions();
        PDFont first = null;
        for (int i = 0; descriptions != null && i < descriptions.size() && first == null; i++) {
            first = descriptions.get(i).getFont();
        }
        if (!(first instanceof PDType0Font type0)) {
            return Float.NaN;
        }
        Map<Integer, Float> known = characterWidths.computeIfAbsent(type0, f -> new HashMap<>());
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Float width = known.get(cp);
            if (width == null) {
                width = characterWidth(type0, cp);
                known.put(cp, width);
            }
            if (width.isNaN()) {
                return Float.NaN;
            }
            units += width;
        }
        return units;
    }

    private static float characterWidth(PDType0Font font, int cp) {
        try {
            return font.getStringWidth(new String(Character.toChars(cp)));
        } catch (IllegalArgumentException | IOException e) {
            return Float.NaN;
        }
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y) {
        PdfBoxFSFont font = needsShaping(string) ? FONT.currentFont(device) : null;
        if (font == null || reorderer == null) {
            super.drawString(device, string, x, y);
            return;
        }
        PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) device;
        float offset = 0;
        for (FontRun run : divideIntoFontRuns(font, TextRenderer.getEffectivePrintableString(string), reorderer)) {
            pdf.drawStringFast(run.string, x + offset, y, null, run.description, font.getSize2D());
            offset += width(run.description.getFont(), run.string) / 1000f * font.getSize2D();
        }
    }

    /**
     * The font an output device draws with. openhtmltopdf gives a text renderer the device but not its
     * font, which the device keeps in a private field; without it (another engine version), text is
     * drawn as the engine draws it.
     */
    private static final class DeviceFont {
        private final Field field;

        DeviceFont() {
            Field found;
            try {
                found = PdfBoxFastOutputDevice.class.getDeclaredField("_font");
                found.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                found = null;
            }
            this.field = found;
        }

        PdfBoxFSFont currentFont(OutputDevice device) {
            try {
                return field != null && device instanceof PdfBoxFastOutputDevice
                        && field.get(device) instanceof PdfBoxFSFont font ? font : null;
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
    }

    /** Bengali and Devanagari: the scripts whose GSUB PDFBox applies and which change a word's width. */
    static boolean needsShaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0900' && c <= '\u09FF') {
                return true;
            }
        }
        return false;
    }

    private float width(PDFont font, String text) {
        try {
            if (!(font instanceof PDType0Font type0) || !needsShaping(text)) {
                return font.getStringWidth(text);
            }
            Map<String, Float> known = widths.computeIfAbsent(font, f -> new HashMap<>());
            Float width = known.get(text);
            if (width == null) {
                width = shapedWidth(type0, text);
                known.put(text, width);
            }
            return width;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As PDFBox's content stream writes text with GSUB: white space as it is, each word substituted. */
    private float shapedWidth(PDType0Font font, String text) throws IOException {
        GsubData gsub = font.getGsubData();
        CmapLookup cmap = font.getCmapLookup();
        if (gsub == null || cmap == null) {
            return font.getStringWidth(text);
        }
        GsubWorker worker = workers.computeIfAbsent(font, f -> new GsubWorkerFactory().getGsubWorker(cmap, gsub));
        float width = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            if (end || Character.isWhitespace(text.charAt(i))) {
                if (i > start) {
                    width += wordWidth(font, cmap, worker, text.substring(start, i));
                }
                if (!end) {
                    width += font.getStringWidth(text.substring(i, i + 1));
                }
                start = i + 1;
            }
        }
        return width;
    }

    private static float wordWidth(PDType0Font font, CmapLookup cmap, GsubWorker worker, String word)
            throws IOException {
        List<Integer> glyphs = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            int glyph = cmap.getGlyphId(word.charAt(i));
            if (glyph <= 0) {
                return font.getStringWidth(word);
            }
            glyphs.add(glyph);
        }
        float width = 0;
        for (int glyph : worker.applyTransforms(glyphs)) {
            // an embedded TrueType font's CIDs are its glyph ids
            width += font.getWidth(glyph);
        }
        return width;
    }
}
