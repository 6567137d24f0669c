/**
 * Code split into tokens carrying Pygments' CSS classes ({@code k}, {@code s2}, {@code c1} …), one table of rules per
 * language, so that every backend colours code, and finds what sits in its comments, as Material's pages do.
 */
@NullMarked
package dev.folio.render.kit.highlight;

import org.jspecify.annotations.NullMarked;
