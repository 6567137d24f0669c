/**
 * What every backend shares; see ARCHITECTURE.md, "The backend kit".
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.folio.render.kit;

import org.jspecify.annotations.NullMarked;
