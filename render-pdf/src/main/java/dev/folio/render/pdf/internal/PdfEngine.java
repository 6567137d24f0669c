package dev.folio.render.pdf.internal;

import dev.folio.model.DiagnosticSink;
import dev.folio.model.Language;
import java.io.IOException;
import java.time.Instant;

/** Turns a guide's print XHTML into PDF bytes. */
public interface PdfEngine {
    /** A printed guide: the file's bytes and its number of PDF pages. */
    record Rendered(byte[] bytes, int pages) {
    }

    Rendered render(String xhtml, Language language, PdfFinisher.Metadata metadata, Resources resources,
            Instant buildTime, DiagnosticSink diagnostics, String guideFile) throws IOException;
}
