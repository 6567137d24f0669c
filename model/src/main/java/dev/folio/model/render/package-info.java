/**
 * The renderer SPI: a {@link dev.folio.model.render.Renderer} found through {@link java.util.ServiceLoader}, the {@link dev.folio.model.render.RenderContext} a build gives it, the {@link dev.folio.model.render.RenderScope} of a partial render, and the {@link dev.folio.model.render.RenderResult} it returns.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.folio.model.render;

import org.jspecify.annotations.NullMarked;
