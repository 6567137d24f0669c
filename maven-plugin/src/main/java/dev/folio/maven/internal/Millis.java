package dev.folio.maven.internal;

import java.util.concurrent.TimeUnit;

/** Elapsed wall time for the stage lines of the log. */
final class Millis {

    private Millis() {
    }

    static long since(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
