package dev.folio.maven.internal;

import dev.folio.model.render.Renderer;

import java.nio.file.Path;
import java.util.Objects;

/** One renderer and the folder it writes into. */
public record RenderTarget(Renderer renderer, Path outputDirectory) {

    public RenderTarget {
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    public String format() {
        return renderer.format();
    }

    /** Makes a target anew (with a fresh renderer). */
    @FunctionalInterface
    public interface Factory {

        RenderTarget create();
    }
}
