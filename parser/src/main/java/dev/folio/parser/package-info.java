/**
 * Reads a site or a page of Markdown in the MkDocs Material dialect into Folio's model: {@link dev.folio.parser.FolioParser}.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.folio.parser;

import org.jspecify.annotations.NullMarked;
