package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Severity;

import org.apache.maven.plugin.logging.Log;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The diagnostics of one build, as the user reads them: one log line each,
 * {@code file:line:col: message}, at the level of its severity, sorted by file and line, then a
 * one-line summary. The same diagnostic reported by two renderers is shown once.
 */
public final class DiagnosticReport {

    private final List<Diagnostic> diagnostics;

    public DiagnosticReport(Collection<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics.stream().distinct().sorted(Diagnostic.BY_POSITION).toList();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Errors and warnings, except those with the given codes: what {@code failOnWarning} counts. */
    public long problems(Set<String> excludedCodes) {
        return problemStream(excludedCodes).count();
    }

    public Optional<Diagnostic> firstProblem(Set<String> excludedCodes) {
        return problemStream(excludedCodes).findFirst();
    }

    private Stream<Diagnostic> problemStream(Set<String> excludedCodes) {
        return diagnostics.stream().filter(d -> d.severity() != Severity.INFO && !excludedCodes.contains(d.code()));
    }

    public void log(Log log) {
        for (Diagnostic diagnostic : diagnostics) {
            String line = diagnostic + " [" + diagnostic.code() + "]";
            switch (diagnostic.severity()) {
                case ERROR:
                    log.error(line);
                    break;
                case WARNING:
                    log.warn(line);
                    break;
                default:
                    log.info(line);
                    break;
            }
        }
        log.info(summary());
    }

    String summary() {
        if (diagnostics.isEmpty()) {
            return "No problems found";
        }
        return Plural.of(count(Severity.ERROR), "error") + ", " + Plural.of(count(Severity.WARNING), "warning")
                + ", " + Plural.of(count(Severity.INFO), "note");
    }

    /** Why {@code failOnWarning} stops the build: the count and the first one, by file and line. */
    public String failureMessage(Set<String> excludedCodes) {
        return "failOnWarning: the site has " + Plural.of(problems(excludedCodes), "error or warning",
                "errors or warnings") + "; the first is " + firstProblem(excludedCodes).map(Diagnostic::toString).orElse("");
    }
}
