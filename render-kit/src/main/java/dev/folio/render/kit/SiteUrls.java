package dev.folio.render.kit;

import dev.folio.model.Language;
import dev.folio.model.LanguageLayout;
import dev.folio.model.SiteConfig;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The public URL of the output folder, from {@code site_url}. A multilingual MkDocs site is built once
 * per language, each with its own {@code site_url} ending in the language ({@code https://www.privacyguides.org/en/});
 * Folio writes all languages under one root, so such a trailing language folder is the root's child,
 * not the root, when every language has its folder ({@link LanguageLayout#ALL_IN_FOLDERS}).
 */
public final class SiteUrls {
    private SiteUrls() {
    }

    /** The absolute URL of the output folder, ending in {@code /}; empty when the site has no URL. */
    public static Optional<String> root(SiteConfig config) {
        String url = config.url().strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String base = url.endsWith("/") ? url : url + "/";
        String path = pathOf(base);
        for (Language language : config.layout() == LanguageLayout.ALL_IN_FOLDERS ? config.languages() : List.<Language>of()) {
            if (path.endsWith("/" + language.code() + "/")) {
                return Optional.of(base.substring(0, base.length() - language.code().length() - 1));
            }
        }
        return Optional.of(base);
    }

    /**
     * The public URL of a page or file of a language: the root, the language's folder, and {@code linkPath} (a page's
     * {@link dev.folio.model.UrlStyle#linkPath}, or a file's path) percent-encoded; empty when the site has no URL.
     */
    public static Optional<String> of(SiteConfig config, String language, String linkPath) {
        return root(config).map(root -> root + config.folder(language) + dev.folio.model.UrlStyle.encoded(linkPath));
    }

    /** The path part of {@link #root}: {@code /docs/} for {@code https://example.org/docs/}, no host. */
    public static Optional<String> rootPath(SiteConfig config) {
        return root(config).map(SiteUrls::pathOf);
    }

    private static String pathOf(String url) {
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            path = "/";
        }
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }
}
