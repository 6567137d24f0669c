package dev.folio.parser.internal;

import java.nio.file.Path;

/** Where a language's pages are: the folder searched, and which of its files are that language's pages. */
record LanguageSource(Path folder, PageNames names) {
}
