package dev.folio.model;

import org.jspecify.annotations.Nullable;

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
 * @param layout          where each language's pages are published: the primary language at the root, as MkDocs
 *                        publishes a site, or in its own folder as the others
 */
public record SiteConfig(String name, String url, String description, String copyright, List<Language> languages,
        String defaultLanguage, UrlStyle urlStyle, Map<String, @Nullable Object> raw, LanguageLayout layout) {

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
        Objects.requireNonNull(layout, "layout");
    }

    /** Every language in its own folder ({@link LanguageLayout#ALL_IN_FOLDERS}). */
    public SiteConfig(String name, String url, String description, String copyright, List<Language> languages,
            String defaultLanguage, UrlStyle urlStyle, Map<String, @Nullable Object> raw) {
        this(name, url, description, copyright, languages, defaultLanguage, urlStyle, raw, LanguageLayout.ALL_IN_FOLDERS);
    }

    /**
     * The folder a language's pages are published in, relative to the output root: {@code ""} for the root,
     * else ending in {@code /} ({@code fr/}).
     */
    public String folder(String language) {
        return layout == LanguageLayout.PRIMARY_AT_ROOT && language.equals(defaultLanguage) ? "" : language + "/";
    }

    /**
     * The {@code plugins} of a configuration, each one's settings by name in written order (an empty map for one
     * named without settings), whether written as a list of names and one-entry maps or as a map.
     */
    public static Map<String, Object> plugins(@Nullable Object plugins) {
        Map<String, Object> byName = new LinkedHashMap<>();
        if (plugins instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof String name) {
                    byName.put(name, Map.of());
                } else if (entry instanceof Map<?, ?> map) {
                    map.forEach((name, settings) -> byName.put(String.valueOf(name), settings == null ? Map.of() : settings));
                }
            }
        } else if (plugins instanceof Map<?, ?> map) {
            map.forEach((name, settings) -> byName.put(String.valueOf(name), settings == null ? Map.of() : settings));
        }
        return byName;
    }

    /** This configuration's {@link #plugins(Object) plugins}. */
    public Map<String, Object> plugins() {
        return plugins(raw.get("plugins"));
    }

    /** The same settings with another layout. */
    public SiteConfig withLayout(LanguageLayout layout) {
        return new SiteConfig(name, url, description, copyright, languages, defaultLanguage, urlStyle, raw, layout);
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
