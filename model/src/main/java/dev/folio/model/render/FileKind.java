package dev.folio.model.render;

/** What a file a renderer wrote is to the build: what a live preview reloads, what a build attaches. */
public enum FileKind {
    /** A page readers open: a live preview reloads it where it is shown. */
    PAGE,
    /** A search index: read when the reader searches, so a live preview reloads nothing for it. */
    SEARCH_INDEX,
    /** A file pages load (style, script, image, font): a live preview reloads every page. */
    ASSET,
    /** A document that stands alone (a PDF guide): a Maven build attaches it to the project, its type its extension. */
    PUBLICATION,
    /** Anything else; treated as an asset. */
    OTHER
}
