package dev.folio.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something a build has to tell its user about the input: a broken link, a bad attribute list,
 * a YAML error. Diagnostics are collected, never thrown: the rest of the site is still built.
 *
 * @param code a stable, kebab-case identifier ({@code broken-link}, {@code yaml}) that
 *             configuration can refer to, for example to fail a build on it
 */
public record Diagnostic(Severity severity, String code, String message, SourcePosition position) {

    /** By file, line and column, then severity: the order a user fixes them in. */
    public static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparing(Diagnostic::position).thenComparing(Diagnostic::severity)
                    .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
    }

    public static Diagnostic error(String code, String message, SourcePosition position) {
        return new Diagnostic(Severity.ERROR, code, message, position);
    }

    public static Diagnostic warning(String code, String message, SourcePosition position) {
        return new Diagnostic(Severity.WARNING, code, message, position);
    }

    public static Diagnostic info(String code, String message, SourcePosition position) {
        return new Diagnostic(Severity.INFO, code, message, position);
    }

    /** {@code path/file.md:LINE:COL: message}, as a compiler prints it. */
    @Override
    public String toString() {
        return position.file().isEmpty() ? message : position + ": " + message;
    }
}
