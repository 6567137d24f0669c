package dev.folio.render.pdf.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes XHTML that is well-formed by construction: every text and attribute value is escaped,
 * characters XML forbids are dropped, and elements close in order. openhtmltopdf parses XML, so
 * nothing reaches it that did not pass through here.
 *
 * <p>It is also where depth is bounded: openhtmltopdf lays boxes out recursively, and a page nested a few
 * thousand elements deep (raw HTML, inline markup) overflows its stack and loses every guide. Elements
 * deeper than {@link #MAX_DEPTH} are not written (their text is, into the deepest element written), and
 * {@link #flattened()} says so for a diagnostic. Callers still see the depth they asked for.
 */
final class XhtmlWriter {
    /** Far deeper than any real page prints (Privacy Guides: 14), far below what the engine's stack holds. */
    static final int MAX_DEPTH = 96;
    /**
     * Elements deeper than this get class {@code deep}, which the print style gives no indentation: forty levels
     * of quotes or lists would otherwise leave the text a column one letter wide, hundreds of pages long.
     * Privacy Guides' deepest page reaches 14.
     */
    static final int INDENTED_DEPTH = 20;

    private final StringBuilder out = new StringBuilder(64 * 1024);
    /** Every element started and not yet ended, written or not: those beyond MAX_DEPTH are not. */
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;
    /** The element just started was not written: its attributes are not either. */
    private boolean inSkippedStartTag;
    private boolean flattened;
    /** The element just started is deeper than INDENTED_DEPTH: its class attribute gets {@code deep}. */
    private boolean inDeepStartTag;
    private boolean deepClassWritten;

    /** A point to go back to with {@link #reset}: what was written and which elements were open. */
    record Mark(int length, int depth, boolean inStartTag, boolean inSkippedStartTag, boolean inDeepStartTag,
            boolean deepClassWritten) {
    }

    XhtmlWriter start(String name) {
        closeStartTag();
        open.push(name);
        if (open.size() > MAX_DEPTH) {
            inSkippedStartTag = true;
            flattened = true;
            return this;
        }
        out.append('<').append(name);
        inStartTag = true;
        inDeepStartTag = open.size() > INDENTED_DEPTH;
        deepClassWritten = false;
        return this;
    }

    /** Whether elements were left out for being nested too deep since {@link #clearFlattened()}. */
    boolean flattened() {
        return flattened;
    }

    void clearFlattened() {
        flattened = false;
    }

    Mark mark() {
        return new Mark(out.length(), open.size(), inStartTag, inSkippedStartTag, inDeepStartTag, deepClassWritten);
    }

    /** Forgets everything written since the mark: a block that failed half-way leaves nothing behind. */
    void reset(Mark mark) {
        out.setLength(mark.length());
        while (open.size() > mark.depth()) {
            open.pop();
        }
        inStartTag = mark.inStartTag();
        inSkippedStartTag = mark.inSkippedStartTag();
        inDeepStartTag = mark.inDeepStartTag();
        deepClassWritten = mark.deepClassWritten();
    }

    /**
     * A style sheet's text: escaped as text, except that a child combinator stays {@code >}, which XML
     * allows there; HTML parsers (WeasyPrint's, in bench/) do not decode {@code &gt;} inside a style element.
     */
    XhtmlWriter styleText(String css) {
        closeStartTag();
        int from = out.length();
        escape(css, false);
        for (int at = out.indexOf("&gt;", from); at >= 0; at = out.indexOf("&gt;", at + 1)) {
            if (!(at >= 2 && out.charAt(at - 1) == ']' && out.charAt(at - 2) == ']')) {
                out.replace(at, at + 4, ">");
            }
        }
        return this;
    }

    /** An attribute of the element just started; empty values are left out. */
    XhtmlWriter attr(String name, String value) {
        if (inSkippedStartTag) {
            return this;
        }
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        if (value != null && !value.isEmpty()) {
            out.append(' ').append(name).append("=\"");
            escape(value, true);
            if (inDeepStartTag && name.equals("class")) {
                out.append(" deep");
                deepClassWritten = true;
            }
            out.append('"');
        }
        return this;
    }

    XhtmlWriter text(String text) {
        closeStartTag();
        escape(text, false);
        return this;
    }

    XhtmlWriter end() {
        boolean written = open.size() <= MAX_DEPTH;
        String name = open.pop();
        if (!written) {
            inSkippedStartTag = false;
        } else if (inStartTag) {
            deepClass();
            out.append("/>");
            inStartTag = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** A childless element with its attributes given as name, value pairs. */
    XhtmlWriter empty(String name, String... attributes) {
        start(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attr(attributes[i], attributes[i + 1]);
        }
        return end();
    }

    /** An element holding only text. */
    XhtmlWriter element(String name, String className, String text) {
        return start(name).attr("class", className).text(text).end();
    }

    /** How many elements are open: a mark to {@link #closeTo(int)} later. */
    int depth() {
        return open.size();
    }

    /** The name of the element open at a depth, 1 being the outermost. */
    String nameAtDepth(int depth) {
        int fromTop = open.size() - depth;
        var it = open.iterator();
        for (int i = 0; i < fromTop; i++) {
            it.next();
        }
        return it.next();
    }

    /** Closes elements until {@code depth} are open. */
    void closeTo(int depth) {
        while (open.size() > depth) {
            end();
        }
    }

    /** How much has been written: a mark for {@link #since(int)}. */
    int length() {
        return out.length();
    }

    /** What was written since a mark. */
    CharSequence since(int mark) {
        return out.subSequence(mark, out.length());
    }

    String finish() {
        closeTo(0);
        return out.toString();
    }

    private void closeStartTag() {
        inSkippedStartTag = false;
        if (inStartTag) {
            deepClass();
            out.append('>');
            inStartTag = false;
        }
    }

    private void deepClass() {
        if (inDeepStartTag && !deepClassWritten) {
            out.append(" class=\"deep\"");
        }
        inDeepStartTag = false;
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\t', '\r' -> out.append(attribute ? ' ' : c);
                // Bengali's two-part vowel signs, written as their canonical parts: PDFBox's Bengali shaping
                // misplaces the second precomposed one in a word (কোনো printed as কেনো◌), never the parts.
                case '\u09CB' -> out.append("\u09C7\u09BE");
                case '\u09CC' -> out.append("\u09C7\u09D7");
                default -> {
                    if (isXmlChar(c, text, i) && (attribute || !isVisibleBidiControl(c))) {
                        out.append(c);
                    }
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

    /** XML 1.0 allows no C0 controls but tab and newlines, no unpaired surrogates, no U+FFFE/FFFF. */
    private static boolean isXmlChar(char c, String text, int i) {
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }
}
