package dev.folio.render.html.internal;

import dev.folio.render.kit.ShippedFonts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Draws a page's social card as Material's social plugin lays it out (1200×630: the site name at the top,
 * the logo at the top right, the page title large, the description below, on the primary colour) and encodes it as a PNG. The card
 * has two colours blended by text coverage, so it is drawn as a grey mask and written with a 16-entry
 * palette: a few kilobytes and a few milliseconds per card. The fonts are those the PDF renderer ships
 * (Noto, Noto Hebrew/Arabic/Devanagari/Bengali, Droid Sans Fallback for CJK) when its jar is on the class
 * path, else the JDK's logical sans-serif font. Same text and fonts give the same bytes.
 * One instance per build; it may be used from several threads.
 */
final class CardPainter {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int MARGIN = 80;
    /** The logo's square, top right as in Material's default layout. */
    static final int LOGO_SIZE = 120;
    static final int LOGO_X = WIDTH - MARGIN - LOGO_SIZE;
    static final int LOGO_Y = MARGIN - 10;
    /** Grey value → palette entry (16 steps from background to foreground). */
    private static final byte[] LEVELS = new byte[256];

    static {
        for (int grey = 0; grey < 256; grey++) {
            LEVELS[grey] = (byte) ((grey * 15 + 127) / 255);
        }
    }
    private static final List<String> REGULAR = List.of("NotoSans-Regular.ttf", "NotoSansHebrew-Regular.ttf",
            "NotoSansArabic-Regular.ttf", "NotoSansDevanagari-Regular.ttf", "NotoSansBengali-Regular.ttf",
            "DroidSansFallbackFull.ttf");
    private static final List<String> BOLD = List.of("NotoSans-Bold.ttf", "NotoSansHebrew-Bold.ttf",
            "NotoSansArabic-Bold.ttf", "NotoSansDevanagari-Bold.ttf", "NotoSansBengali-Bold.ttf",
            "DroidSansFallbackFull.ttf");

    private final List<Font> regular;
    private final List<Font> bold;

    CardPainter() {
        Map<String, Font> loaded = new HashMap<>();
        this.regular = load(REGULAR, Font.PLAIN, loaded);
        this.bold = load(BOLD, Font.BOLD, loaded);
    }

    /** The card as PNG bytes; {@code background} and {@code foreground} as {@code #rrggbb}. */
    byte[] png(String siteName, String title, String description, Optional<Shape> logo, Color background,
            Color foreground) {
        BufferedImage mask = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            logo.ifPresent(shape -> {
                g.setColor(Color.WHITE);
                g.fill(shape);
            });
            int y = paragraph(g, siteName, regular, 40f, 1, MARGIN + 10, 200);
            g.fillRect(MARGIN, y + 18, 96, 6);
            y = paragraph(g, title, bold, 76f, 3, y + 90, 255);
            if (!description.isBlank()) {
                paragraph(g, description, regular, 34f, 2, Math.max(y + 40, HEIGHT - MARGIN - 100), 190);
            }
        } finally {
            g.dispose();
        }
        return encode(mask, background, foreground);
    }

    /** Draws wrapped text from {@code top}; returns the baseline of its last line. */
    private static int paragraph(Graphics2D g, String text, List<Font> fonts, float size, int maxLines, int top, int grey) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return top;
        }
        boolean rtl = !new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        AttributedString styled = styled(line, fonts, size, rtl);
        FontRenderContext context = g.getFontRenderContext();
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), context);
        int width = WIDTH - 2 * MARGIN - (top < LOGO_Y + LOGO_SIZE ? LOGO_SIZE + 40 : 0);
        g.setColor(new Color(grey, grey, grey));
        float y = top;
        int baseline = top;
        for (int lines = 0; lines < maxLines && measurer.getPosition() < line.length(); lines++) {
            TextLayout layout = measurer.nextLayout(width);
            y += layout.getAscent();
            float x = rtl ? MARGIN + width - layout.getAdvance() : MARGIN;
            layout.draw(g, x, y);
            baseline = Math.round(y);
            y += layout.getDescent() + layout.getLeading() + size * 0.12f;
        }
        return baseline;
    }

    /** The text with, for each run, the first font that has its characters. */
    private static AttributedString styled(String text, List<Font> fonts, float size, boolean rtl) {
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.RUN_DIRECTION, rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        int start = 0;
        Font current = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Font font = current != null && (Character.isWhitespace(codePoint) || current.canDisplay(codePoint))
                    ? current : fontFor(fonts, codePoint);
            if (font != current) {
                if (current != null) {
                    styled.addAttribute(TextAttribute.FONT, current.deriveFont(size), start, i);
                }
                current = font;
                start = i;
            }
            i += Character.charCount(codePoint);
        }
        styled.addAttribute(TextAttribute.FONT, current.deriveFont(size), start, text.length());
        return styled;
    }

    private static Font fontFor(List<Font> fonts, int codePoint) {
        for (Font font : fonts) {
            if (font.canDisplay(codePoint)) {
                return font;
            }
        }
        return fonts.get(0);
    }

    /**
     * The grey mask as a 4-bit palette PNG (entry i is the background blended i/15 towards the foreground),
     * written here rather than through ImageIO, whose encoder takes several times as long as the drawing.
     */
    private static byte[] encode(BufferedImage mask, Color background, Color foreground) {
        byte[] palette = new byte[16 * 3];
        for (int i = 0; i < 16; i++) {
            palette[3 * i] = (byte) blend(background.getRed(), foreground.getRed(), i);
            palette[3 * i + 1] = (byte) blend(background.getGreen(), foreground.getGreen(), i);
            palette[3 * i + 2] = (byte) blend(background.getBlue(), foreground.getBlue(), i);
        }
        int stride = 1 + WIDTH / 2;
        byte[] scanlines = new byte[HEIGHT * stride];
        byte[] grey = ((java.awt.image.DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        for (int y = 0, in = 0; y < HEIGHT; y++) {
            int out = y * stride + 1; // after the row's filter byte, 0: none
            for (int x = 0; x < WIDTH; x += 2, in += 2) {
                scanlines[out++] = (byte) (LEVELS[grey[in] & 0xff] << 4 | LEVELS[grey[in + 1] & 0xff]);
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(scanlines);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(16384);
        byte[] buffer = new byte[16384];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();

        ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.size() + 128);
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(WIDTH).putInt(HEIGHT)
                .put((byte) 4).put((byte) 3).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        chunk(png, "PLTE", palette);
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static int blend(int from, int to, int step) {
        return Math.round(from + (to - from) * step / 15f);
    }

    private static List<Font> load(List<String> names, int logicalStyle, Map<String, Font> loaded) {
        List<Font> fonts = new ArrayList<>();
        for (String name : names) {
            Font font = loaded.computeIfAbsent(name, CardPainter::read);
            if (font != null) {
                fonts.add(font);
            }
        }
        fonts.add(new Font(Font.SANS_SERIF, logicalStyle, 1));
        return List.copyOf(fonts);
    }

    private static Font read(String name) {
        try {
            Optional<byte[]> font = ShippedFonts.read(name);
            return font.isEmpty() ? null : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font.get()));
        } catch (IOException | FontFormatException e) {
            return null; // a damaged font is skipped: the next one, or the logical font, draws those characters
        }
    }
}
