package dev.folio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Site-wide settings: what {@code mkdocs.yml} or the plugin's parameters say.
 *
 * @param url             the public base URL ({@code site_url}), empty when unknown
 * @param languages       every language the site is published in, the default one first
 * @param defaultLanguage the code of the primary language, whose pages are the fallback
 * @param raw             the whole configuration as read, for the keys a backend or theme reads itself
 *                        ({@code theme}, {@code extra}, {@code markdown_extensions}, …)
 */
public record SiteConfig(String name, String url, String description, String copyright, List<Language> languages,
        String defaultLanguage, UrlStyle urlStyle, Map<String, Object> raw) {

    public SiteConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(copyright, "copyright");
        languages = List.copyOf(languages);
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        Objects.requireNonNull(urlStyle, "urlStyle");
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
        if (languages.stream().noneMatch(l -> l.code().equals(defaultLanguage))) {
            throw new IllegalArgumentException("default language " + defaultLanguage + " is not among " + languages);
        }
    }

    /** A one-language site with nothing else configured. */
    public static SiteConfig named(String name, String language) {
        return new SiteConfig(name, "", "", "", List.of(Language.of(language)), language, UrlStyle.DIRECTORY, Map.of());
    }

    public Language defaultLanguageInfo() {
        return language(defaultLanguage).orElseThrow();
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
