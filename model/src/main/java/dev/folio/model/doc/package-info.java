/**
 * A page's document: immutable blocks and inlines, one record per construct of the dialect, walked with {@link dev.folio.model.doc.BlockVisitor} and {@link dev.folio.model.doc.InlineVisitor}.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.folio.model.doc;

import org.jspecify.annotations.NullMarked;
