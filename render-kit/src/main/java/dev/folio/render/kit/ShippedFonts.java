package dev.folio.render.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The fonts Folio ships (Noto Sans and its Hebrew, Arabic, Devanagari, Bengali and Mono faces, Noto Emoji, Droid Sans
 * Fallback for CJK, DejaVu Sans; licences beside them in {@code dev/folio/render/kit/fonts}): a PDF prints with
 * them, a social card is drawn with them. Nothing is read from the machine, so every build sets text alike.
 */
public final class ShippedFonts {
    private static final String FOLDER = "/dev/folio/render/kit/fonts/";

    private ShippedFonts() {
    }

    /** The font file of that name ({@code NotoSans-Regular.ttf}), or empty when Folio ships none by that name. */
    public static Optional<byte[]> read(String name) {
        if (name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        try (InputStream in = ShippedFonts.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
