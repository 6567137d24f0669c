/**
 * Markdown in the MkDocs Material dialect, front matter and a site's configuration, read into Folio's model
 * ({@link dev.folio.parser.FolioParser}). Usable alone: no Maven, template or PDF classes.
 */
module dev.folio.parser {
    requires static org.jspecify;
    requires transitive dev.folio.model;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.yaml.snakeyaml;

    exports dev.folio.parser;

    uses dev.folio.model.source.PageTemplates;
}
