package dev.folio.model;

import java.util.Objects;

/**
 * Where a node or a diagnostic comes from: a file (as the user would type it, relative to the
 * project where possible) and a 1-based line and column. Column counts characters (UTF-16
 * units), as editors and compilers report them.
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    /** For nodes made by Folio itself rather than read from a file. */
    public static final SourcePosition UNKNOWN = new SourcePosition("", 0, 0);

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    public static SourcePosition of(String file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    /** The same file, another place in it. */
    public SourcePosition at(int line, int column) {
        return new SourcePosition(file, line, column);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    /** {@code file:line:col}, the form compilers use and IDEs turn into links. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
