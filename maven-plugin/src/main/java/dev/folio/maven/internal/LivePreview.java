package dev.folio.maven.internal;

import dev.folio.model.Diagnostics;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.render.FileKind;
import dev.folio.model.render.PageKey;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.RenderScope;
import dev.folio.model.render.Renderer;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The site behind {@code folio:serve}: built once into the preview folder, then after each burst of changes
 * reloaded and rendered again as the {@link Increment} rules say (the rules an incremental build follows). Says
 * which served paths now have other bytes, for {@link LiveReload}, and writes the search indexes a moment after the
 * pages, so that the browser's reload does not wait for them.
 */
public final class LivePreview {

    private final Log log;
    private final SiteLoader loader;
    private final UnaryOperator<Site> selection;
    private final Path sourceDirectory;
    private final RenderTarget.Factory html;
    private final RenderStage stage;
    private static final long SEARCH_DELAY_MILLIS = 300;

    private final Map<Path, Long> outputs = new HashMap<>();
    private final ScheduledExecutorService searchWriter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "folio-search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> pendingSearch = new TreeSet<>();
    private ScheduledFuture<?> pendingTask;
    private Increment increment = new Increment(Map.of());
    private Site site;
    private RenderTarget target;

    /**
     * @param selection the languages to build, applied to every loaded site
     * @param html      a new HTML renderer for each full build, so that an edited theme is read again
     */
    public LivePreview(Log log, SiteLoader loader, UnaryOperator<Site> selection, Path sourceDirectory,
            Path outputDirectory, Supplier<Renderer> html, RenderStage stage) {
        this.log = log;
        this.loader = loader;
        this.selection = selection;
        this.sourceDirectory = sourceDirectory;
        this.html = () -> new RenderTarget(html.get(), outputDirectory);
        this.stage = stage;
    }

    /** The first build, from an already loaded site; files the folder holds from earlier sessions are removed. */
    public void build(Site loaded, Diagnostics diagnostics) throws MojoExecutionException {
        site = loaded;
        increment = Increment.of(site);
        target = html.create();
        RenderResult result = render(RenderScope.EVERYTHING, diagnostics);
        List<Path> written = result.files();
        changedPaths(result);
        try (Stream<Path> walk = Files.walk(target.outputDirectory())) {
            List<Path> leftovers = walk.filter(Files::isRegularFile).filter(f -> !outputs.containsKey(f)).toList();
            StaleOutputs.remove(leftovers, written, List.of(target.outputDirectory()));
        } catch (IOException unreadable) {
            log.warn("Cannot clean " + target.outputDirectory() + ": " + unreadable);
        }
    }

    /**
     * Builds again after a burst of changes, and tells {@code reload} as soon as the pages are written (the
     * search index follows {@value #SEARCH_DELAY_MILLIS} ms later): the served paths whose bytes changed ({@code /en/x/} and {@code /en/x/index.html}),
     * {@code *} when the theme or an asset did; nothing when no page looks different.
     */
    public void rebuild(Set<Path> changed, Consumer<Set<String>> reload) throws MojoExecutionException {
        long start = System.nanoTime();
        Optional<Set<PageKey>> pages = Optional.empty();
        if (Increment.pagesOnly(site, changed)) {
            // Configuration and dialect are read again too; only the unchanged pages are taken over.
            site = selection.apply(loader.reload(site, sourceDirectory, changed));
            pages = increment.affected(site, changed);
        } else {
            site = selection.apply(loader.load(sourceDirectory));
        }
        if (pages.isEmpty()) {
            target = html.create();
        }
        Diagnostics diagnostics = new Diagnostics();
        Set<Path> before = new TreeSet<>(outputs.keySet());
        RenderResult result = render(pages.map(RenderScope::pages).orElse(RenderScope.EVERYTHING), diagnostics);
        List<Path> written = result.files();
        Set<String> paths = changedPaths(result);
        if (pages.isEmpty()) {
            before.removeAll(written);
            try {
                StaleOutputs.remove(before, written, List.of(target.outputDirectory()));
            } catch (IOException unremovable) {
                log.warn("Cannot remove a stale file: " + unremovable);
            }
            before.forEach(outputs::remove);
        }
        reload.accept(paths);
        log.info("Rebuilt in " + Millis.since(start) + " ms: " + (paths.isEmpty() ? "no page looks different"
                : paths.contains("*") ? "reloading every page" : "reloading " + String.join(" ", paths)));
        if (pages.isPresent()) {
            Set<String> languages = new TreeSet<>();
            pages.get().forEach(key -> languages.add(key.language()));
            writeSearchIndexesLater(languages);
        }
        increment = increment.after(site, pages);
        report(changed, pages.isPresent(), diagnostics);
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
        RenderTarget into = target;
        pendingTask = searchWriter.schedule(() -> writeSearchIndexes(snapshot, into), SEARCH_DELAY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private void writeSearchIndexes(Site snapshot, RenderTarget into) {
        Set<String> languages;
        synchronized (this) {
            languages = new TreeSet<>(pendingSearch);
            pendingSearch.clear();
        }
        try {
            stage.run(snapshot, List.of(into), new Diagnostics(), RenderScope.searchIndexes(languages));
        } catch (MojoExecutionException | RuntimeException failed) {
            log.warn("Cannot write the search index: " + failed.getMessage());
        }
    }

    private RenderResult render(RenderScope scope, Diagnostics diagnostics) throws MojoExecutionException {
        return stage.run(site, List.of(target), diagnostics, scope).get(0);
    }

    /** Compares every written file with what it was, by checksum. */
    private Set<String> changedPaths(RenderResult written) {
        Set<String> paths = new TreeSet<>();
        Path root = target.outputDirectory();
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

    /** The diagnostics of what was read again: the changed pages' own, and what rendering found. */
    private void report(Set<Path> changed, boolean partial, Diagnostics diagnostics) {
        if (partial) {
            for (Path file : changed) {
                AffectedPages.pageOf(site, file).map(Page::diagnostics).ifPresent(diagnostics::reportAll);
            }
        } else {
            diagnostics.reportAll(site.diagnostics());
        }
        new DiagnosticReport(diagnostics.sorted()).log(log);
    }

    /** The site as last built. */
    public Site site() {
        return site;
    }
}
