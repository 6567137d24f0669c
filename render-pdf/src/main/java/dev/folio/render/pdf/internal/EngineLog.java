package dev.folio.render.pdf.internal;

import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.SourcePosition;
import java.util.function.Consumer;
import java.util.logging.Level;

/**
 * openhtmltopdf logs everything, down to timings, through java.util.logging. Folio silences
 * that log and turns the engine's warnings for a guide into diagnostics instead.
 */
final class EngineLog {
    private static final XRLogger SILENT = new XRLogger() {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
            return false;
        }
    };

    static {
        XRLog.setLoggerImpl(SILENT);
    }

    private EngineLog() {
    }

    /** A consumer for one guide's engine messages: warnings and errors become diagnostics. */
    static Consumer<com.openhtmltopdf.util.Diagnostic> forwardingTo(DiagnosticSink sink, String guideFile) {
        return diagnostic -> {
            if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
                sink.report(Diagnostic.warning("pdf-engine", guideFile + ": " + diagnostic.getFormattedMessage(),
                        SourcePosition.UNKNOWN));
            }
        };
    }
}
