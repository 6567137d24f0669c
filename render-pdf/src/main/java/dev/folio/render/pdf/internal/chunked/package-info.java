/**
 * Experimental: a long guide printed as several documents at once, on as many threads, then merged into one PDF
 * that reads as the single document, page for page (option {@code pdf.chunks}; off by default, as it was measured
 * no faster than one document with default JVM flags: bench/RESULTS.md). Everything chunking needs is here: the
 * split and the count ({@link dev.folio.render.pdf.internal.chunked.ChunkedGuide}), the merge of the parts into one
 * document with one structure tree ({@code PartMerger}) and the running "page / pages" footer stamped once the total
 * is known ({@code PageNumbers}). {@code ChunkedGuideTest} is its oracle: the same guide printed both ways, compared
 * glyph by glyph.
 */
package dev.folio.render.pdf.internal.chunked;
