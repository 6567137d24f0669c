package dev.folio.bench.jmh;

import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;
import dev.folio.parser.FolioParser;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The HTML backend on the English site, loaded once: every page rendered and written (into a temporary
 * folder, overwritten each time), the search index, the assets. {@code pages} is pages per second; the
 * backend renders pages in parallel, so this uses every core.
 */
@State(Scope.Benchmark)
public class RenderBenchmark {
    private Site site;
    private Renderer html;
    private Path corpus;
    private Path output;

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Written {
        public long pages;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = Corpus.root();
        site = FolioParser.builder().onlyLanguages(Set.of("en")).build().load(corpus);
        html = ServiceLoader.load(Renderer.class).stream().map(ServiceLoader.Provider::get)
                .filter(renderer -> renderer.format().equals("html")).findFirst().orElseThrow();
        output = Files.createTempDirectory("folio-render-benchmark");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Corpus.delete(output);
    }

    @Benchmark
    public RenderResult englishHtml(Written written) throws IOException {
        RenderResult result = html.render(site, RenderContext.builder(corpus, output).buildTime(Instant.parse("2026-01-01T00:00:00Z")).options(Map.of()).diagnostics(new Diagnostics()).build());
        written.pages += site.pages().size();
        return result;
    }
}
