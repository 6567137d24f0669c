package dev.folio.model.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a renderer wrote.
 *
 * @param files   every file written, absolute
 * @param summary one line for the build log ({@code 128 pages, 3 languages}, {@code 2 PDFs, 131 pages})
 */
public record RenderResult(String format, List<Path> files, String summary) {

    public RenderResult {
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
        Objects.requireNonNull(summary, "summary");
    }
}
