package dev.folio.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import dev.folio.render.kit.ShippedFonts;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType fonts shipped in this jar (see {@code fonts/README.txt}), registered as one family
 * fallback list so every script finds its glyphs without any system font. Font bytes are read once
 * per JVM and shared by every guide and thread.
 */
public final class FontLibrary {
    private record Face(String file, String family, int weight, FontStyle style) {
    }

    /**
     * In fallback order: Latin, Greek and Cyrillic first, then the other scripts, CJK, emoji (after CJK: the
     * engine tries every font before the one that has a character, and CJK characters are the many), symbols.
     */
    private static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL),
            new Face("NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL),
            new Face("NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC),
            new Face("NotoSans-BoldItalic.ttf", "Noto Sans", 700, FontStyle.ITALIC),
            new Face("NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", 400, FontStyle.NORMAL),
            new Face("NotoSansHebrew-Bold.ttf", "Noto Sans Hebrew", 700, FontStyle.NORMAL),
            new Face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400, FontStyle.NORMAL),
            new Face("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700, FontStyle.NORMAL),
            new Face("NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari", 400, FontStyle.NORMAL),
            new Face("NotoSansDevanagari-Bold.ttf", "Noto Sans Devanagari", 700, FontStyle.NORMAL),
            new Face("NotoSansBengali-Regular.ttf", "Noto Sans Bengali", 400, FontStyle.NORMAL),
            new Face("NotoSansBengali-Bold.ttf", "Noto Sans Bengali", 700, FontStyle.NORMAL),
            new Face("NotoSansMono-Regular.ttf", "Noto Sans Mono", 400, FontStyle.NORMAL),
            new Face("NotoSansMono-Bold.ttf", "Noto Sans Mono", 700, FontStyle.NORMAL),
            new Face("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400, FontStyle.NORMAL),
            new Face("NotoEmoji-Regular.ttf", "Noto Emoji", 400, FontStyle.NORMAL),
            new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL));

    private static final List<String> SCRIPT_FALLBACKS = List.of("Noto Sans Hebrew", "Noto Sans Arabic",
            "Noto Sans Devanagari", "Noto Sans Bengali", "Droid Sans Fallback", "Noto Emoji", "DejaVu Sans");

    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("Xsub");
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Map<Integer, Boolean> COVERED = new ConcurrentHashMap<>();
    private static volatile List<CmapLookup> cmaps;

    private FontLibrary() {
    }

    /** The CSS {@code font-family} list for body text. */
    static String sansFamilies() {
        return quoted("Noto Sans") + ", " + fallbacks();
    }

    /** The CSS {@code font-family} list for code: monospace Latin, the other scripts after it. */
    static String monoFamilies() {
        return quoted("Noto Sans Mono") + ", " + quoted("Noto Sans") + ", " + fallbacks();
    }

    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(bytes(face.file())), face.family(), face.weight(),
                    face.style(), true);
        }
    }

    /**
     * Registers the fonts, loaded into {@code document} when first used, as openhtmltopdf loads them,
     * and collects each one loaded: PDFBox subsets a font only when its own document is saved, so a
     * document whose pages are moved into another one has its fonts subset by hand ({@link ChunkedGuide}).
     */
    static void register(PdfRendererBuilder builder, PDDocument document, java.util.Collection<PDFont> loaded) {
        for (Face face : FACES) {
            builder.useFont(new PDFontSupplier(null) {
                @Override
                public PDFont supply() {
                    try {
                        PDFont font = PDType0Font.load(document, new ByteArrayInputStream(bytes(face.file())), true);
                        loaded.add(font);
                        return font;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }, face.family(), face.weight(), face.style(), true);
        }
    }

    /** Whether some shipped font has a glyph for the code point. */
    static boolean covers(int codePoint) {
        return COVERED.computeIfAbsent(codePoint, FontLibrary::lookUp);
    }

    private static boolean lookUp(int codePoint) {
        for (CmapLookup cmap : cmaps()) {
            if (cmap.getGlyphId(codePoint) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<CmapLookup> cmaps() {
        List<CmapLookup> loaded = cmaps;
        if (loaded == null) {
            synchronized (FontLibrary.class) {
                if (cmaps == null) {
                    List<CmapLookup> all = new ArrayList<>();
                    for (Face face : FACES) {
                        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(face.file())))) {
                            // fontbox reads the whole cmap while parsing, so the lookup outlives the font
                            all.add(font.getUnicodeCmapLookup());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    cmaps = List.copyOf(all);
                }
                loaded = cmaps;
            }
        }
        return loaded;
    }

    public static byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, name -> {
            byte[] font = ShippedFonts.read(name)
                    .orElseThrow(() -> new IllegalStateException("font missing from folio-render-kit: " + name));
            return name.startsWith("NotoSans-") || name.startsWith("NotoSansMono-") || name.startsWith("DejaVu")
                    || name.startsWith("NotoEmoji")
                    ? hideGsub(font) : font;
        });
    }

    /**
     * Renames the GSUB table of a Latin font so that PDFBox does not apply it. PDFBox 3 runs GSUB
     * for Latin text through regular expressions compiled per text run, which took more than a third
     * of the time of a 460-page guide, for optional ligatures (and, in the emoji font, for sequences joined
     * with U+200D, which then print as their parts). Scripts that need substitutions
     * (Devanagari, Bengali) keep theirs. The table directory stays valid: unknown tags are ignored.
     */
    static byte[] hideGsub(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = buffer.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (buffer.getInt(entry) == GSUB) {
                buffer.putInt(entry, HIDDEN_GSUB);
            }
        }
        return font;
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).getInt();
    }

    private static String fallbacks() {
        return String.join(", ", SCRIPT_FALLBACKS.stream().map(FontLibrary::quoted).toList());
    }

    private static String quoted(String family) {
        return "\"" + family + "\"";
    }
}
