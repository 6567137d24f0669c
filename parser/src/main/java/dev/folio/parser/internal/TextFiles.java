package dev.folio.parser.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

/**
 * Reads text files as UTF-8; an unreadable file is a diagnostic and empty text. Bytes that are not UTF-8 are
 * replaced (U+FFFD) and NUL characters too (as CommonMark replaces them), each with a warning at the first one:
 * MkDocs stops the build on such a file, Folio prints the rest of it.
 */
final class TextFiles {
    private TextFiles() {
    }

    static String read(Path file, String shown, List<Diagnostic> diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            diagnostics.add(Diagnostic.error("io", "could not read: " + e.getMessage(), SourcePosition.of(shown, 0, 0)));
            return "";
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            int malformed = firstMalformedByte(bytes);
            if (malformed >= 0) {
                diagnostics.add(Diagnostic.warning("encoding", "the file is not valid UTF-8: bytes that are not are "
                        + "shown as \uFFFD", position(bytes, malformed, shown)));
            }
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            diagnostics.add(Diagnostic.warning("encoding", "the file holds NUL characters: they are shown as \uFFFD",
                    position(text.substring(0, nul).getBytes(StandardCharsets.UTF_8), -1, shown)));
            text = text.replace('\0', '\uFFFD');
        }
        return text;
    }

    /** The index of the first byte that is not UTF-8, or -1 when every U+FFFD was written as such. */
    private static int firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            decoder.decode(in);
            return -1;
        } catch (CharacterCodingException e) {
            // decode() leaves the buffer where decoding stopped: at the first malformed byte.
            return in.position();
        }
    }

    /** Line and column (counted in bytes) of {@code at}, or of the end of {@code bytes} when {@code at} is -1. */
    private static SourcePosition position(byte[] bytes, int at, String shown) {
        int end = at < 0 ? bytes.length : Math.min(at, bytes.length);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return SourcePosition.of(shown, line, end - lineStart + 1);
    }
}
