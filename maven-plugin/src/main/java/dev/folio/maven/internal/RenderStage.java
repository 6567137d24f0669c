package dev.folio.maven.internal;

import dev.folio.model.DiagnosticSink;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The render stage: each renderer in turn into its own folder, one log line each with its summary
 * and time. Problems with the content go to the diagnostics; a renderer that throws fails the build,
 * named by its format.
 */
public final class RenderStage {

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
        List<RenderResult> results = new ArrayList<>();
        for (RenderTarget target : targets) {
            results.add(render(site, target, diagnostics));
        }
        return results;
    }

    private RenderResult render(Site site, RenderTarget target, DiagnosticSink diagnostics)
            throws MojoExecutionException {
        long start = System.nanoTime();
        RenderResult result;
        try {
            Files.createDirectories(target.outputDirectory());
            RenderContext context = new RenderContext(sourceDirectory, target.outputDirectory(), buildTime, options,
                    diagnostics);
            result = target.renderer().render(site, context);
        } catch (IOException | RuntimeException | LinkageError failure) {
            throw new MojoExecutionException(target.format() + ": the renderer failed to write "
                    + target.outputDirectory() + ": " + failure, failure);
        }
        log.info(target.format() + ": " + result.summary() + " (" + Millis.since(start) + " ms)");
        return result;
    }
}
