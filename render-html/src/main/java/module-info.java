/**
 * The HTML backend: a site as MkDocs Material publishes it ({@link dev.folio.render.html.HtmlRenderer}), found
 * through {@link java.util.ServiceLoader}.
 */
module dev.folio.render.html {
    requires static org.jspecify;
    requires dev.folio.render.kit;
    requires freemarker;
    requires java.desktop;

    exports dev.folio.render.html;

    provides dev.folio.model.render.Renderer with dev.folio.render.html.HtmlRenderer;
}
