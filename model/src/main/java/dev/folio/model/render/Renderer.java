package dev.folio.model.render;

import dev.folio.model.Site;

import java.io.IOException;

/**
 * An output format. Implementations are found with {@link java.util.ServiceLoader}: a jar that
 * lists one in {@code META-INF/services/dev.folio.model.render.Renderer} adds a format to every
 * Folio build that has it on the plugin's classpath.
 *
 * <p>A renderer reports problems with the input to {@link RenderContext#diagnostics()} and goes on;
 * it throws only when it cannot write at all.
 */
public interface Renderer {

    /** The name users select the format by ({@code html}, {@code pdf}): lower case, stable. */
    String format();

    RenderResult render(Site site, RenderContext context) throws IOException;
}
