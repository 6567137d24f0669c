package dev.folio.bench.jmh;

import dev.folio.model.Site;
import dev.folio.parser.FolioParser;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Loading the English site (123 pages: YAML, snippets, Markdown, navigation), with and without the
 * abbreviations file, on one thread. {@code megabytes} is the Markdown read per second (MB/s).
 */
@State(Scope.Benchmark)
public class ParseBenchmark {
    @Param({"with", "without"})
    public String abbreviations;

    private Path root;
    private Path overlay;
    private double megabytes;
    private FolioParser parser;

    /** Counters JMH reports per second, beside the score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Read {
        public double megabytes;
        public long pages;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path corpus = Corpus.root();
        megabytes = Corpus.englishBytes(corpus) / 1e6;
        overlay = abbreviations.equals("with") ? null : Corpus.withoutAbbreviations(corpus);
        root = overlay == null ? corpus : overlay;
        // The overlay's docs_dir and links lead into the corpus: both are the project.
        parser = FolioParser.builder().onlyLanguages(Set.of("en")).projectRoot(Corpus.commonFolder(corpus, root))
                .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (overlay != null) {
            Corpus.delete(overlay);
        }
    }

    @Benchmark
    public Site englishSite(Read read) {
        Site site = parser.load(root);
        read.megabytes += megabytes;
        read.pages += site.pages().size();
        return site;
    }
}
