package dev.folio.render.html;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a spec test of Markdown extensions starts from: a one-page site in a fresh folder, its configuration and
 * Markdown in, the page's content out as Material writes it ({@link SpecPages}), every diagnostic kept.
 */
abstract class ExtensionSpec {
    @TempDir
    Path project;
    final List<Diagnostic> diagnostics = new ArrayList<>();

    /** The content of a page whose site lists {@code extensions} (lines of {@code markdown_extensions}' list). */
    String html(String extensions, String markdown) throws IOException {
        return page("markdown_extensions:\n" + extensions, markdown);
    }

    /** The content of a page under the whole configuration {@code config}. */
    String page(String config, String markdown) throws IOException {
        return SpecPages.content(project, config, markdown, diagnostics);
    }

    /** Expected HTML in the canonical form {@link #html} gives. */
    static String expected(String html) {
        return SpecPages.canonical(html);
    }
}
