package dev.folio.maven.internal;

/** Counts for log lines: {@code 1 page}, {@code 12 pages}. */
final class Plural {

    private Plural() {
    }

    static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
