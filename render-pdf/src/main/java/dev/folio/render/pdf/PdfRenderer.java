package dev.folio.render.pdf;

import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;
import dev.folio.render.pdf.internal.GuideJob;
import java.io.IOException;

/**
 * Writes one printable PDF guide per language: a cover, a table of contents with page numbers,
 * then every page in navigation order, with bookmarks, running headers and page numbers, in the
 * fonts shipped with Folio. Files are named {@code <site-slug>-<language>.pdf}.
 *
 * <p>Options ({@link RenderContext#options()}): {@code pdf.tagged} ({@code true} by default)
 * writes a tagged PDF for accessibility (PDF/UA); {@code pdf.pdfa} ({@code false} by default)
 * declares PDF/A-3u conformance and embeds an sRGB output intent.
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
