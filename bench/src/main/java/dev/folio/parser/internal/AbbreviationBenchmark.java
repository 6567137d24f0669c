package dev.folio.parser.internal;

import dev.folio.bench.jmh.Corpus;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The abbreviation matcher alone ({@link Abbreviations#find}, the parser's trie) with the 113 terms of
 * {@code includes/abbreviations.en.txt}, over the whole English Markdown as one text. It lives in the
 * parser's internal package to reach the matcher. {@code megabytes} is MB of text scanned per second.
 */
@State(Scope.Benchmark)
public class AbbreviationBenchmark {
    private Abbreviations abbreviations;
    private String text;
    private double megabytes;

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Scanned {
        public double megabytes;
        public long matches;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path corpus = Corpus.root();
        AbbreviationFile file = AbbreviationFile.parse(
                Files.readString(corpus.resolve("includes/abbreviations.en.txt")), "abbreviations.en.txt");
        abbreviations = new Abbreviations(file.definitions());
        if (file.definitions().size() != 113) {
            System.err.println("note: " + file.definitions().size() + " terms, not 113");
        }
        try (Stream<Path> files = Files.walk(corpus.resolve("docs"))) {
            text = files.filter(f -> f.toString().endsWith(".md")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        megabytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
    }

    @Benchmark
    public int englishText(Scanned scanned) {
        int count = 0;
        for (Abbreviations.Match match = abbreviations.find(text, 0); match != null;
                match = abbreviations.find(text, match.end())) {
            count++;
        }
        scanned.megabytes += megabytes;
        scanned.matches += count;
        return count;
    }
}
