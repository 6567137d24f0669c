package dev.folio.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the microbenchmarks find the Privacy Guides corpus: {@code -Dbench.corpus=DIR} (bench/jmh passes it),
 * and the overlay of it without the abbreviations file that bench/run also builds.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("bench.corpus", "../shared/corpus/privacyguides")).toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("mkdocs.yml"))) {
            throw new IllegalStateException("no corpus at " + root + " (set -Dbench.corpus=DIR)");
        }
        return root;
    }

    /** The bytes of the English Markdown, what a parse of the English site reads (snippets aside). */
    public static long englishBytes(Path root) {
        try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
            return files.filter(file -> file.toString().endsWith(".md")).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A site that is the corpus without its abbreviations file: a {@code mkdocs.yml} whose {@code docs_dir}
     * points into the corpus and whose {@code auto_append} names a missing file, with links to the corpus's
     * {@code includes/} and {@code i18n/} (as bench/run's overlay).
     */
    public static Path withoutAbbreviations(Path root) throws IOException {
        Path overlay = Files.createTempDirectory("folio-no-abbreviations");
        String config = Files.readString(root.resolve("mkdocs.yml"))
                .replaceFirst("(?m)^docs_dir: .*$", "docs_dir: " + root.resolve("docs"))
                .replace("includes/abbreviations.en.txt", "includes/no-abbreviations.txt");
        Files.writeString(overlay.resolve("mkdocs.yml"), config);
        Files.createSymbolicLink(overlay.resolve("includes"), root.resolve("includes"));
        Files.createSymbolicLink(overlay.resolve("i18n"), root.resolve("i18n"));
        return overlay;
    }

    /**
     * The deepest folder holding both sites, by their real paths: the project root an overlay is loaded with, so
     * that its {@code docs_dir} and links into the corpus are inside the project (else the parser refuses them).
     */
    public static Path commonFolder(Path a, Path b) throws IOException {
        Path one = a.toRealPath();
        Path other = b.toRealPath();
        Path common = one;
        while (common != null && !other.startsWith(common)) {
            common = common.getParent();
        }
        return common == null ? one.getRoot() : common;
    }

    /** Deletes a folder the benchmarks made, without following links out of it. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }
}
