package dev.folio.maven.internal;

import dev.folio.model.DiagnosticSink;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderProgress;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.RenderScope;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The render stage: every renderer at once, each into its own folder (the HTML pages and the PDF guides share
 * the cores instead of waiting for each other), a progress line every {@value #PROGRESS_SECONDS} seconds while
 * one runs (with what it last reported through {@link RenderProgress}: {@code html: 1200/3223 pages… 4 s}), and one log line each with its summary and time. Problems with the content go to the diagnostics;
 * a renderer that throws fails the build, named by its format.
 */
public final class RenderStage {

    static final int PROGRESS_SECONDS = 2;

    private final Log log;
    private final Path sourceDirectory;
    private final Instant buildTime;
    private final Map<String, String> options;

    public RenderStage(Log log, Path sourceDirectory, Instant buildTime, Map<String, String> options) {
        this.log = log;
        this.sourceDirectory = sourceDirectory;
        this.buildTime = buildTime;
        this.options = Map.copyOf(options);
    }

    public List<RenderResult> run(Site site, List<RenderTarget> targets, DiagnosticSink diagnostics)
            throws MojoExecutionException {
        return run(site, targets, diagnostics, RenderScope.EVERYTHING);
    }

    /**
     * @param scope what to write: everything, or the pages and search indexes an edit affects
     * @return the results in the order of the targets
     */
    public List<RenderResult> run(Site site, List<RenderTarget> targets, DiagnosticSink diagnostics,
            RenderScope scope) throws MojoExecutionException {
        if (targets.isEmpty()) {
            return List.of();
        }
        if (targets.size() == 1) {
            return List.of(render(site, targets.get(0), diagnostics, scope));
        }
        ExecutorService pool = Executors.newFixedThreadPool(targets.size(), daemon("folio-render"));
        try {
            List<Future<RenderResult>> running = new ArrayList<>();
            for (RenderTarget target : targets) {
                running.add(pool.submit(() -> render(site, target, diagnostics, scope)));
            }
            List<RenderResult> results = new ArrayList<>();
            for (Future<RenderResult> result : running) {
                results.add(result.get());
            }
            return results;
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof MojoExecutionException mojo) {
                throw mojo;
            }
            throw new MojoExecutionException("a renderer failed: " + failed.getCause(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while rendering", interrupted);
        } finally {
            pool.shutdownNow();
        }
    }

    private RenderResult render(Site site, RenderTarget target, DiagnosticSink diagnostics, RenderScope scope)
            throws MojoExecutionException {
        long start = System.nanoTime();
        AtomicReference<String> latest = new AtomicReference<>("");
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("folio-progress"));
        ticker.scheduleAtFixedRate(() -> log.info(target.format() + ": " + latest.get() + "… "
                + Millis.since(start) / 1000 + " s"), PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
        RenderProgress progress = (done, total, unit) -> latest.set(done + (total > 0 ? "/" + total : "") + " " + unit);
        RenderResult result;
        try {
            Files.createDirectories(target.outputDirectory());
            RenderContext context = RenderContext.builder(sourceDirectory, target.outputDirectory()).buildTime(buildTime)
                    .options(options).diagnostics(diagnostics).progress(progress).scope(scope).build();
            result = target.renderer().render(site, context);
        } catch (IOException | RuntimeException | LinkageError failure) {
            throw new MojoExecutionException(target.format() + ": the renderer failed to write "
                    + target.outputDirectory() + ": " + failure, failure);
        } finally {
            ticker.shutdownNow();
        }
        log.info(target.format() + ": " + result.summary() + " (" + Millis.since(start) + " ms)");
        return result;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
