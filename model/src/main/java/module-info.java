/**
 * Folio's shared document and site model, which every other module speaks: the site, its pages and their
 * documents, diagnostics, the renderer SPI ({@link dev.folio.model.render.Renderer}) and the template SPI
 * ({@link dev.folio.model.source.PageTemplates}). No dependencies.
 */
module dev.folio.model {
    requires static org.jspecify;

    exports dev.folio.model;
    exports dev.folio.model.doc;
    exports dev.folio.model.render;
    exports dev.folio.model.source;
    exports dev.folio.model.work;
}
