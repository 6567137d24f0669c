package dev.folio.render.html;

import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;
import dev.folio.render.html.internal.SiteWriter;

import java.io.IOException;

/**
 * The {@code html} format: a static, self-contained website in the MkDocs Material style, one folder
 * per language ({@code en/}, {@code he/}, …) plus a root {@code index.html}, {@code 404.html} and the
 * theme's assets. Thread-safe; the templates are compiled once per instance.
 */
public final class HtmlRenderer implements Renderer {
    private final SiteWriter writer = new SiteWriter();

    @Override
    public String format() {
        return "html";
    }

    @Override
    public RenderResult render(Site site, RenderContext context) throws IOException {
        return writer.write(site, context);
    }
}
