package dev.folio.render.pdf.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Locale;

/** Where a guide is written and how: {@code <site-slug>-<language>.pdf}, replaced in one move. */
final class GuideFile {
    private GuideFile() {
    }

    static String name(String siteName, String language) {
        return slug(siteName) + "-" + language + ".pdf";
    }

    /** {@code Privacy Guides} → {@code privacy-guides}; a name without Latin letters or digits gives {@code guide}. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return ascii.isEmpty() ? "guide" : ascii;
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
