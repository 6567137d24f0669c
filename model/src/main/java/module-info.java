/**
 * Folio's shared document and site model, which every other module speaks: the site, its pages and their
 * documents, diagnostics, and the renderer SPI ({@link dev.folio.model.render.Renderer}). No dependencies.
 */
module dev.folio.model {
    requires static org.jspecify;

    exports dev.folio.model;
    exports dev.folio.model.doc;
    exports dev.folio.model.render;
    exports dev.folio.model.work;
}
