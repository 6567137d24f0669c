package dev.folio.render.pdf.internal;

import dev.folio.render.kit.Escaping;
import dev.folio.render.kit.MarkupWriter;

/**
 * The kit's markup writer set up for openhtmltopdf, which parses XML: XHTML syntax, depth bounded, deep elements
 * unindented, and the characters Noto or PDFBox print wrongly written as they print right.
 *
 * <p>Depth is bounded because openhtmltopdf lays boxes out recursively: a page nested a few thousand elements deep
 * (raw HTML, inline markup) overflows its stack and loses every guide.
 */
final class PrintMarkup {
    /** Far deeper than any real page prints (Privacy Guides: 14), far below what the engine's stack holds. */
    static final int MAX_DEPTH = 96;
    /**
     * Elements deeper than this get class {@code deep}, which the print style gives no indentation: forty levels
     * of quotes or lists would otherwise leave the text a column one letter wide, hundreds of pages long.
     * Privacy Guides' deepest page reaches 14.
     */
    static final int INDENTED_DEPTH = 20;

    private PrintMarkup() {
    }

    static MarkupWriter writer() {
        return new MarkupWriter(MarkupWriter.Syntax.XHTML, 64 * 1024).limitDepth(MAX_DEPTH)
                .classDeeperThan(INDENTED_DEPTH, "deep").filter(PrintMarkup::printable);
    }

    private static void printable(StringBuilder out, char c, boolean attribute) {
        switch (c) {
            // Bengali's two-part vowel signs, written as their canonical parts: PDFBox's Bengali shaping
            // misplaces the second precomposed one in a word (কোনো printed as কেনো◌), never the parts.
            case '\u09CB' -> out.append("\u09C7\u09BE");
            case '\u09CC' -> out.append("\u09C7\u09D7");
            default -> {
                if (attribute || !isVisibleBidiControl(c)) {
                    out.append(c);
                }
            }
        }
    }

    /**
     * The bidi marks and embeddings ({@code U+200E}, {@code U+200F}, {@code U+202A}–{@code U+202E}):
     * Noto Sans draws them as visible dashed marks, which openhtmltopdf prints. The paragraph
     * direction Folio sets does their job on paper; the isolates (U+2066–U+2069) print nothing and stay.
     */
    private static boolean isVisibleBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E');
    }
}
