package dev.folio.parser.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.folio.model.Diagnostic;
import dev.folio.model.Page;
import dev.folio.parser.FolioParser;

/**
 * What every generated page must satisfy, whichever stage reads it: no exception escapes, no stage takes
 * longer than a few seconds, and every diagnostic points at a real place of the page ({@code line:col} within
 * it, or {@code 0:0} for the whole file).
 */
public final class PageChecks {
    /** Far above what any page takes (milliseconds): only a hang or a runaway gets near it. */
    public static final long SECONDS_PER_STAGE = 10;
    private static final FolioParser PARSER = FolioParser.builder().language("en").build();
    private static ExecutorService worker = newWorker();

    private PageChecks() {
    }

    /** The page as the parser reads it, checked. */
    public static Page parsed(String markdown) {
        Page page = bounded("parse", () -> PARSER.parse(markdown, "index.md"));
        assertThat(page.diagnostics()).extracting(Diagnostic::code)
                .as("the parser's own failure fallback (it caught an exception)").doesNotContain("parse");
        long lines = lines(markdown);
        for (Diagnostic diagnostic : page.diagnostics()) {
            assertValidPosition(diagnostic, lines);
        }
        return page;
    }

    /** Lines as CommonMark counts them: ended by LF, CR or CR LF. */
    public static long lines(String text) {
        long lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    public static void assertValidPosition(Diagnostic diagnostic, long lines) {
        int line = diagnostic.position().line();
        int column = diagnostic.position().column();
        assertThat(line >= 1 && line <= lines && column >= 1 || line == 0 && column == 0)
                .as("%s: position %d:%d of a page of %d lines", diagnostic, line, column, lines).isTrue();
    }

    /** Runs a stage on a thread of its own with a time bound: a hang fails the check instead of the build. */
    public static <T> T bounded(String stage, Supplier<T> work) {
        Future<T> result = worker.submit(work::get);
        try {
            return result.get(SECONDS_PER_STAGE, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            stopRunaway();
            worker = newWorker(); // the next input gets a fresh thread
            throw new AssertionError(stage + " took more than " + SECONDS_PER_STAGE + " s");
        } catch (ExecutionException e) {
            throw new AssertionError(stage + " threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(stage + " interrupted", e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            // The stack of a pool thread, not the main thread's larger one: overflows show as they would in a build.
            Thread thread = new Thread(null, task, "fuzz-stage", 1024 * 1024);
            thread.setDaemon(true);
            stage = thread;
            return thread;
        });
    }

    private static volatile Thread stage;

    /**
     * A stage that ran over its time (a regex backtracking) ignores interruption and would keep a core busy for
     * the rest of the run, slowing every later input into a timeout: it is stopped, as only a test harness may.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopRunaway() {
        Thread runaway = stage;
        if (runaway != null && runaway.isAlive()) {
            try {
                runaway.stop();
            } catch (UnsupportedOperationException notOnThisJdk) {
                // JDK 20+: left to run out; the check has failed anyway
            }
        }
    }
}
