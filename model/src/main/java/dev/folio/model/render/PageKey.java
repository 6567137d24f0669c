package dev.folio.model.render;

import dev.folio.model.Page;

import java.util.Objects;

/**
 * A page of a site by its language and source path ({@code en}, {@code guides/index.md}). A language's fallback
 * copy of a default-language page (published where the language has no translation) is keyed under that language.
 */
public record PageKey(String language, String sourcePath) {

    public PageKey {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sourcePath, "sourcePath");
    }

    public static PageKey of(Page page) {
        return new PageKey(page.language(), page.sourcePath());
    }
}
