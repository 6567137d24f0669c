package dev.folio.model.render;

import dev.folio.model.DiagnosticSink;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build gives a renderer besides the site.
 *
 * @param sourceDirectory the project's content folder (the one holding {@code mkdocs.yml}, or the docs
 *                        root), for assets; resources are only read from inside it
 * @param outputDirectory where the renderer writes; it writes nowhere else
 * @param buildTime       the fixed build time ({@code project.build.outputTimestamp}) that dates in the
 *                        output use, so that builds are reproducible
 * @param options         format-specific settings, as strings
 * @param progress        where a long render reports how far it has come
 */
public record RenderContext(Path sourceDirectory, Path outputDirectory, Instant buildTime, Map<String, String> options,
        DiagnosticSink diagnostics, RenderProgress progress) {

    public RenderContext {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(buildTime, "buildTime");
        options = Map.copyOf(options);
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(progress, "progress");
    }

    /** A context whose progress goes nowhere. */
    public RenderContext(Path sourceDirectory, Path outputDirectory, Instant buildTime, Map<String, String> options,
            DiagnosticSink diagnostics) {
        this(sourceDirectory, outputDirectory, buildTime, options, diagnostics, RenderProgress.NONE);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
