/**
 * Folio's PDF backend: {@link dev.folio.render.pdf.PdfRenderer}, format {@code pdf}, found through
 * {@link java.util.ServiceLoader}. It prints a site's pages as guides with a cover, a table of
 * contents with page numbers, bookmarks, running headers and page numbers, in fonts shipped in the
 * jar, for every script.
 *
 * <h2>Options</h2>
 * Read from {@link dev.folio.model.render.RenderContext#options()} (the Maven plugin's
 * {@code <options>}):
 * <dl>
 * <dt>{@code pdf.split}</dt>
 * <dd>How the PDFs are cut. {@code language} (the default): one guide per language,
 * {@code <site>-<lang>.pdf}. {@code section}: one guide per top-level navigation entry and language,
 * {@code <site>-<lang>-<section>.pdf}, each with its own cover and contents; a page at the top
 * level of the navigation is a section of its own, and a section is named after its title in the
 * default language, so that it has the same file name in every language. {@code page}: one PDF per
 * page, {@code <site>-<lang>-<path>.pdf} after its source path ({@code basics/why-privacy-matters.md}
 * gives {@code privacy-guides-en-basics-why-privacy-matters.pdf}), without cover or contents. Any
 * other value is a warning and gives one guide per language.</dd>
 * <dt>{@code pdf.tagged}</dt>
 * <dd>{@code true} (the default) writes a tagged PDF for accessibility (PDF/UA); {@code false} an
 * untagged one, which is smaller and faster to write.</dd>
 * <dt>{@code pdf.chunks}</dt>
 * <dd>Experimental: how many documents a guide is printed in at once, on as many threads, then merged into
 * one PDF (a whole number from 1 to 64; {@code 1}, the default: one document). The merged guide reads as the
 * single document, page for page: page numbers, contents, links, bookmarks and tags. It was measured no faster
 * than one document with default JVM flags (bench/RESULTS.md), so it is off unless asked for.</dd>
 * <dt>{@code pdf.output}</dt>
 * <dd>What is written for each guide: {@code pdf} (the default), {@code xhtml} (only the print XHTML the PDF
 * engine is given, {@code <site>-<lang>.xhtml}: to see what a print layout starts from, or to give the very same
 * input to another HTML-to-PDF engine; nothing is printed, so it takes a fraction of the time), or {@code both}.
 * The XHTML is not attached to the project; any other value is a warning and gives the PDF.</dd>
 * <dt>{@code pdf.pdfa}</dt>
 * <dd>{@code true} declares PDF/A-3u conformance and embeds an sRGB output intent; {@code false} by
 * default.</dd>
 * </dl>
 * Implementation classes live in {@code dev.folio.render.pdf.internal}.
 */
@NullMarked
package dev.folio.render.pdf;

import org.jspecify.annotations.NullMarked;
