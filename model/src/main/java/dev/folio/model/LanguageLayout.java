package dev.folio.model;

/**
 * Where each language of a site is published, relative to the output root ({@link SiteConfig#folder}).
 */
public enum LanguageLayout {
    /**
     * The primary language at the root and every other one in a folder named by its code: how MkDocs publishes
     * a single-language site ({@code about/}), and how mkdocs-static-i18n publishes translations ({@code fr/about/}).
     */
    PRIMARY_AT_ROOT,
    /**
     * Every language in a folder named by its code, the primary one too ({@code en/about/}): a site built once per
     * language into {@code site/<code>}, as Privacy Guides is.
     */
    ALL_IN_FOLDERS
}
