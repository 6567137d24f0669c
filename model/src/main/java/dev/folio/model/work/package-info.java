/**
 * Work the parser and every backend share that is not part of the model itself: today the one fork-join helper
 * that spreads pages over the cores. It lives here because the parser must not depend on a render module.
 */
@NullMarked
package dev.folio.model.work;

import org.jspecify.annotations.NullMarked;
