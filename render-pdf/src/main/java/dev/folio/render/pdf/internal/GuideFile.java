package dev.folio.render.pdf.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Locale;

/** How guides are named ({@code <site-slug>-<language>[-<part>].pdf}, see {@link GuideSplit}) and written: in one move. */
final class GuideFile {
    private GuideFile() {
    }

    /** {@code Privacy Guides} → {@code privacy-guides}; a name without Latin letters or digits gives {@code guide}. */
    static String slug(String name) {
        return slug(name, "guide");
    }

    /** {@code Knowledge Base} → {@code knowledge-base}; {@code fallback} for a name without Latin letters or digits. */
    static String slug(String name, String fallback) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return ascii.isEmpty() ? fallback : ascii;
    }

    /** Readers of the old file never see a half-written new one. */
    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
