package dev.folio.parser.internal;

import org.commonmark.parser.block.ParserState;

/** The test every Folio block factory starts with: a line that is not indented code and opens with a marker. */
final class LineStart {
    private LineStart() {
    }

    /**
     * Where {@code marker} starts on the current line, or -1 when the line is indented four spaces or
     * more (code, or a body the enclosing block owns) or does not open with it.
     */
    static int of(ParserState state, String marker) {
        if (state.getIndent() >= IndentedBodyParser.INDENT) {
            return -1;
        }
        CharSequence line = state.getLine().getContent();
        int start = state.getNextNonSpaceIndex();
        if (start + marker.length() > line.length()) {
            return -1;
        }
        for (int i = 0; i < marker.length(); i++) {
            if (line.charAt(start + i) != marker.charAt(i)) {
                return -1;
            }
        }
        return start;
    }
}
