package dev.folio.maven.internal;

import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.FileKind;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.RenderScope;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The site behind {@code folio:serve}: the {@link BuildPipeline} run once, then once after each burst of changes, its
 * memory kept here between runs (so that only the edited pages are parsed again and only what they affect is
 * rendered, by the rules an incremental build follows). What is left here is the preview's own: which served paths
 * now have other bytes, for {@link LiveReload}, and the search indexes written a moment after the pages, so that the
 * browser's reload does not wait for them.
 */
public final class LivePreview {

    private final Log log;
    private final BuildPipeline pipeline;
    private final Path outputDirectory;
    private static final long SEARCH_DELAY_MILLIS = 300;

    private final Map<Path, Long> outputs = new HashMap<>();
    private final ScheduledExecutorService searchWriter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "folio-search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> pendingSearch = new TreeSet<>();
    private ScheduledFuture<?> pendingTask;
    private final InMemory memory = new InMemory();
    private Site site;

    /** @param pipeline renders the website into {@code outputDirectory}, pages only when an edit allows */
    public LivePreview(Log log, BuildPipeline pipeline, Path outputDirectory) {
        this.log = log;
        this.pipeline = pipeline;
        this.outputDirectory = outputDirectory;
    }

    /** The first build; files the folder holds from earlier sessions are removed. */
    public BuildPipeline.Outcome build() throws MojoExecutionException {
        Map<Path, String> leftovers = new LinkedHashMap<>();
        if (Files.isDirectory(outputDirectory)) {
            try (Stream<Path> walk = Files.walk(outputDirectory)) {
                walk.filter(Files::isRegularFile).forEach(file -> leftovers.put(file, ""));
            } catch (IOException | UncheckedIOException unreadable) {
                log.warn("Cannot clean " + outputDirectory + ": " + unreadable);
            }
        }
        memory.last = BuildPipeline.Last.leftovers(leftovers);
        BuildPipeline.Outcome outcome = pipeline.run(memory);
        changedPaths(outcome);
        return outcome;
    }

    /**
     * Builds again after a burst of changes, and tells {@code reload} as soon as the pages are written (the
     * search index follows {@value #SEARCH_DELAY_MILLIS} ms later): the served paths whose bytes changed ({@code /en/x/} and {@code /en/x/index.html}),
     * {@code *} when the theme or an asset did; nothing when no page looks different.
     */
    public void rebuild(Set<Path> changed, Consumer<Set<String>> reload) throws MojoExecutionException {
        long start = System.nanoTime();
        // A burst whose build failed is built again with the next one.
        memory.edited.addAll(changed);
        BuildPipeline.Outcome outcome = pipeline.run(memory);
        Set<String> paths = changedPaths(outcome);
        reload.accept(paths);
        log.info("Rebuilt in " + Millis.since(start) + " ms: " + (paths.isEmpty() ? "no page looks different"
                : paths.contains("*") ? "reloading every page" : "reloading " + String.join(" ", paths)));
        outcome.pages().ifPresent(pages -> {
            Set<String> languages = new TreeSet<>();
            pages.forEach(key -> languages.add(key.language()));
            writeSearchIndexesLater(languages);
        });
        new DiagnosticReport(outcome.fresh()).log(log);
    }

    /** The preview's memory between runs: the last run, and the files changed since. */
    private final class InMemory implements BuildPipeline.Memory {

        private BuildPipeline.Last last;
        private final Set<Path> edited = new HashSet<>();

        @Override
        public BuildPipeline.Plan plan() {
            return new BuildPipeline.Plan.Render(Optional.ofNullable(last),
                    edited.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(edited)));
        }

        @Override
        public CompletableFuture<Void> save(BuildPipeline.Last next) {
            last = next;
            edited.clear();
            site = next.site().orElse(site);
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * Writes the search indexes a moment later on a thread of their own, so that the browser's reload does not
     * wait for them; a burst of saves writes them once.
     */
    private synchronized void writeSearchIndexesLater(Set<String> languages) {
        pendingSearch.addAll(languages);
        if (pendingTask != null) {
            pendingTask.cancel(false);
        }
        Site snapshot = site;
        List<RenderTarget> into = pipeline.targets();
        pendingTask = searchWriter.schedule(() -> writeSearchIndexes(snapshot, into), SEARCH_DELAY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private void writeSearchIndexes(Site snapshot, List<RenderTarget> into) {
        Set<String> languages;
        synchronized (this) {
            languages = new TreeSet<>(pendingSearch);
            pendingSearch.clear();
        }
        try {
            pipeline.stage().run(snapshot, into, new Diagnostics(), RenderScope.searchIndexes(languages));
        } catch (MojoExecutionException | RuntimeException failed) {
            log.warn("Cannot write the search index: " + failed.getMessage());
        }
    }

    /**
     * Compares every written file with what it was, by checksum; after a full render, forgets the files it did not
     * write (the pipeline removed them).
     */
    private Set<String> changedPaths(BuildPipeline.Outcome outcome) {
        if (outcome.pages().isEmpty()) {
            outputs.keySet().retainAll(new HashSet<>(outcome.files()));
        }
        Set<String> paths = new TreeSet<>();
        for (RenderResult written : outcome.results()) {
            paths.addAll(changedPaths(written));
        }
        return paths;
    }

    private Set<String> changedPaths(RenderResult written) {
        Set<String> paths = new TreeSet<>();
        Path root = outputDirectory;
        for (Path file : written.files()) {
            long checksum = checksum(file);
            Long was = outputs.put(file, checksum);
            if (was != null && was == checksum) {
                continue;
            }
            FileKind kind = written.kind(file);
            if (kind == FileKind.PAGE) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                paths.add("/" + relative);
                if (relative.equals("index.html") || relative.endsWith("/index.html")) {
                    paths.add("/" + relative.substring(0, relative.length() - "index.html".length()));
                }
            } else if (kind != FileKind.SEARCH_INDEX) {
                paths.add("*");
            }
        }
        return paths;
    }

    private static long checksum(Path file) {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return crc.getValue();
    }

    /** The site as last built. */
    public Site site() {
        return site;
    }
}
