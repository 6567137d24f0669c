package dev.folio.parser.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

/** Reads text files as UTF-8 (malformed bytes replaced); an unreadable file is a diagnostic and empty text. */
final class TextFiles {
    private TextFiles() {
    }

    static String read(Path file, String shown, List<Diagnostic> diagnostics) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.error("io", "could not read: " + e.getMessage(), SourcePosition.of(shown, 0, 0)));
            return "";
        }
    }
}
