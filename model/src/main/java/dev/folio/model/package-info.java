/**
 * The site model: a {@link dev.folio.model.Site}, its configuration, languages, navigation and pages, and the diagnostics found reading them.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.folio.model;

import org.jspecify.annotations.NullMarked;
