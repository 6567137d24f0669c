/**
 * What every Folio backend shares: the markup writer and escaping, the visitors that walk the model, icon sets,
 * code highlighting with Pygments' token classes, fonts, the site's URLs and Material's tables. See ARCHITECTURE.md, "The backend kit".
 */
module dev.folio.render.kit {
    requires static org.jspecify;
    requires transitive dev.folio.model;

    exports dev.folio.render.kit;
    exports dev.folio.render.kit.highlight;
}
