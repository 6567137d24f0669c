package dev.folio.model.render;

import dev.folio.model.DiagnosticSink;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build gives a renderer besides the site. Made by a {@link #builder}, so that what a build gives can grow
 * without breaking a backend built against an older Folio.
 */
public final class RenderContext {
    private final Path sourceDirectory;
    private final Path outputDirectory;
    private final Instant buildTime;
    private final Map<String, String> options;
    private final DiagnosticSink diagnostics;
    private final RenderProgress progress;
    private final RenderScope scope;

    private RenderContext(Builder builder) {
        this.sourceDirectory = builder.sourceDirectory;
        this.outputDirectory = builder.outputDirectory;
        this.buildTime = builder.buildTime;
        this.options = Map.copyOf(builder.options);
        this.diagnostics = builder.diagnostics;
        this.progress = builder.progress;
        this.scope = builder.scope;
    }

    /**
     * @param sourceDirectory the project's content folder (the one holding {@code mkdocs.yml}, or the docs root), for
     *                        assets; resources are only read from inside it
     * @param outputDirectory where the renderer writes; it writes nowhere else
     */
    public static Builder builder(Path sourceDirectory, Path outputDirectory) {
        return new Builder(sourceDirectory, outputDirectory);
    }

    public Path sourceDirectory() {
        return sourceDirectory;
    }

    public Path outputDirectory() {
        return outputDirectory;
    }

    /** The fixed build time ({@code project.build.outputTimestamp}) that dates in the output use: builds reproduce. */
    public Instant buildTime() {
        return buildTime;
    }

    /** Format-specific settings, as strings. */
    public Map<String, String> options() {
        return options;
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** Where problems with the input go. */
    public DiagnosticSink diagnostics() {
        return diagnostics;
    }

    /** Where a long render reports how far it has come. */
    public RenderProgress progress() {
        return progress;
    }

    /** What to write: everything unless the build asks for a partial render. */
    public RenderScope scope() {
        return scope;
    }

    /** A context like this one with another scope. */
    public RenderContext withScope(RenderScope newScope) {
        return toBuilder().scope(newScope).build();
    }

    public Builder toBuilder() {
        return new Builder(sourceDirectory, outputDirectory).buildTime(buildTime).options(options)
                .diagnostics(diagnostics).progress(progress).scope(scope);
    }

    /**
     * Builds a {@link RenderContext}; unless set: the epoch, no options, diagnostics dropped, no progress reported,
     * everything rendered.
     */
    public static final class Builder {
        private final Path sourceDirectory;
        private final Path outputDirectory;
        private Instant buildTime = Instant.EPOCH;
        private Map<String, String> options = Map.of();
        private DiagnosticSink diagnostics = diagnostic -> {
        };
        private RenderProgress progress = RenderProgress.NONE;
        private RenderScope scope = RenderScope.EVERYTHING;

        private Builder(Path sourceDirectory, Path outputDirectory) {
            this.sourceDirectory = Objects.requireNonNull(sourceDirectory, "sourceDirectory");
            this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
        }

        public Builder buildTime(Instant time) {
            this.buildTime = Objects.requireNonNull(time, "buildTime");
            return this;
        }

        public Builder options(Map<String, String> settings) {
            this.options = Map.copyOf(settings);
            return this;
        }

        public Builder diagnostics(DiagnosticSink sink) {
            this.diagnostics = Objects.requireNonNull(sink, "diagnostics");
            return this;
        }

        public Builder progress(RenderProgress updates) {
            this.progress = Objects.requireNonNull(updates, "progress");
            return this;
        }

        public Builder scope(RenderScope what) {
            this.scope = Objects.requireNonNull(what, "scope");
            return this;
        }

        public RenderContext build() {
            return new RenderContext(this);
        }
    }
}
