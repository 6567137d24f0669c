package dev.folio.parser.internal;

import dev.folio.model.SourcePosition;

/**
 * Where each line of a page's text as parsed comes from, once snippets are expanded: the page's own file or a
 * snippet's, the line there, and how many characters the line was shifted right (the include's indentation) or
 * left (a dedented subsection). Immutable.
 */
final class SourceMap {
    private final String[] files;
    private final int[] lines;
    private final int[] shifts;

    /** The identity map of a page whose text is its file's. */
    static SourceMap identity(String file) {
        return new SourceMap(new String[] {file}, null, null);
    }

    SourceMap(String[] files, int[] lines, int[] shifts) {
        this.files = files;
        this.lines = lines;
        this.shifts = shifts;
    }

    /** The source position of a 0-based line and column of the parsed text. */
    SourcePosition position(int lineIndex, int columnIndex) {
        if (lines == null) {
            return SourcePosition.of(files[0], lineIndex + 1, columnIndex + 1);
        }
        if (lineIndex < 0 || lineIndex >= lines.length) {
            int last = lines.length - 1;
            return last < 0 ? SourcePosition.of("", 1, 1) : SourcePosition.of(files[last], lines[last], 1);
        }
        return SourcePosition.of(files[lineIndex], lines[lineIndex], Math.max(1, columnIndex - shifts[lineIndex] + 1));
    }
}
