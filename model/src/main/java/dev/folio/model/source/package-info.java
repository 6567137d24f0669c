/** What runs over a page's source before it is parsed: template languages ({@link dev.folio.model.source.PageTemplates}). */
@NullMarked
package dev.folio.model.source;

import org.jspecify.annotations.NullMarked;
