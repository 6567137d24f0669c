package dev.folio.parser.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a language's pages are: the folder searched, which of its files are that language's pages, and the
 * language's own settings when its layout gives it some (a configuration that inherits the primary one,
 * mkdocs-static-i18n's language entry merged over the site's); without them it reads the primary configuration.
 */
record LanguageSource(Path folder, PageNames names, Optional<Map<String, Object>> settings) {

    LanguageSource(Path folder, PageNames names) {
        this(folder, names, Optional.empty());
    }
}
