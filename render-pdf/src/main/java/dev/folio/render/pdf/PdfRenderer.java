package dev.folio.render.pdf;

import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;
import dev.folio.render.pdf.internal.GuideJob;
import java.io.IOException;

/**
 * Writes printable PDF guides: by default one per language, named {@code <site-slug>-<language>.pdf},
 * with a cover, a table of contents with page numbers, then every page in navigation order, with
 * bookmarks, running headers and page numbers, in the fonts shipped with Folio.
 *
 * <p>Options ({@link RenderContext#options()}, described in the {@linkplain dev.folio.render.pdf
 * package documentation}): {@code pdf.split} ({@code language}, {@code section} or {@code page}),
 * {@code pdf.tagged} ({@code true} by default: PDF/UA tagging), {@code pdf.chunks} (experimental: how
 * many documents a long guide is printed in at once; one by default), {@code pdf.output} ({@code pdf},
 * {@code xhtml}: the print XHTML the engine is given, or {@code both}), {@code pdf.pdfa} ({@code false} by
 * default: PDF/A-3u).
 */
public final class PdfRenderer implements Renderer {

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public RenderResult render(Site site, RenderContext context) throws IOException {
        return GuideJob.renderAll(site, context);
    }
}
