package dev.folio.parser.internal;

import java.util.Optional;

/**
 * Which files of a language's folder are that language's pages, and the source path each is known by across
 * languages (the same for a page and its translations): {@code guide.md} in {@code i18n/fr/}, {@code fr/guide.md}
 * or {@code guide.fr.md} are all French {@code guide.md}.
 */
@FunctionalInterface
interface PageNames {
    /** Every Markdown file is a page, known by its path from the folder. */
    PageNames ALL = Optional::of;

    /**
     * @param relative a Markdown file's path from the language's folder, {@code /}-separated
     * @return its source path, or empty when it is not a page of this language
     */
    Optional<String> sourcePath(String relative);
}
