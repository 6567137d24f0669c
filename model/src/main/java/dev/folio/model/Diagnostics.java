package dev.folio.model;

import java.util.ArrayList;
import java.util.List;

/** A thread-safe collecting {@link DiagnosticSink}. */
public final class Diagnostics implements DiagnosticSink {

    private final List<Diagnostic> collected = new ArrayList<>();

    @Override
    public synchronized void report(Diagnostic diagnostic) {
        collected.add(diagnostic);
    }

    public synchronized void reportAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(collected::add);
    }

    /** Everything reported so far, sorted by file, line and column. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(collected);
        copy.sort(Diagnostic.BY_POSITION);
        return List.copyOf(copy);
    }

    public synchronized long count(Severity severity) {
        return collected.stream().filter(d -> d.severity() == severity).count();
    }
}
