package dev.folio.model;

/** Receives diagnostics as a build finds them. Implementations must be safe to call from several threads. */
@FunctionalInterface
public interface DiagnosticSink {

    void report(Diagnostic diagnostic);
}
