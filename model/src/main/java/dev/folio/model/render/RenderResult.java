package dev.folio.model.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a renderer wrote.
 *
 * @param files   every file written, absolute
 * @param summary one line for the build log ({@code 128 pages, 3 languages}, {@code 2 PDFs, 131 pages})
 * @param kinds   what each file is ({@link FileKind}); a file not in it is {@link FileKind#OTHER}
 */
public record RenderResult(String format, List<Path> files, String summary, Map<Path, FileKind> kinds) {

    public RenderResult {
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
        Objects.requireNonNull(summary, "summary");
        kinds = Map.copyOf(kinds);
    }

    /** A result whose files are all {@link FileKind#OTHER}. */
    public RenderResult(String format, List<Path> files, String summary) {
        this(format, files, summary, Map.of());
    }

    public FileKind kind(Path file) {
        return kinds.getOrDefault(file, FileKind.OTHER);
    }

    /** The files of one kind, in the order written. */
    public List<Path> files(FileKind kind) {
        return files.stream().filter(file -> kind(file) == kind).toList();
    }
}
