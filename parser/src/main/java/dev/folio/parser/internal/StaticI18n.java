package dev.folio.parser.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.SiteConfig;

/**
 * The mkdocs-static-i18n plugin's layouts (its 1.x settings, {@code plugins: - i18n: …}): the translations of a
 * page beside it ({@code docs_structure: suffix}, {@code guide.fr.md}) or in a folder per language
 * ({@code folder}, {@code docs/fr/guide.md}; the default language's pages outside those folders), each language's
 * settings over the site's ({@code site_name}, {@code nav}, {@code theme}, {@code extra}, …), and its name in the
 * language switcher. The default language is published at the root, the others under {@code /<locale>/}.
 */
final class StaticI18n {
    /** A locale as the plugin accepts one: {@code fr}, {@code pt-BR}, {@code zh-Hant}, {@code en_US}. */
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}(-[A-Za-z]{4})?(-[A-Z]{2})?|[a-z]{2}_[A-Z]{2}");
    /** A page with a locale before {@code .md}: {@code guide.fr.md}. */
    private static final Pattern SUFFIXED = Pattern.compile("(.*)\\.([^./]+)\\.md");
    /** The settings a language may have of its own, over the site's. */
    private static final Set<String> OWN_SETTINGS = Set.of("site_name", "site_description", "site_author", "site_url",
            "copyright", "nav");
    /** The settings a language's own values are merged into, key by key. */
    private static final Set<String> MERGED_SETTINGS = Set.of("theme", "extra");

    enum Structure { SUFFIX, FOLDER }

    /** One entry of {@code languages}. */
    record Entry(String locale, String name, boolean isDefault, Map<String, Object> settings) {
    }

    private final Structure structure;
    private final Entry defaultEntry;
    /** The languages built, the default one first. */
    private final List<Entry> built;
    /** Every configured locale, built or not: their pages are never the default language's. */
    private final Set<String> locales;

    private StaticI18n(Structure structure, Entry defaultEntry, List<Entry> built, Set<String> locales) {
        this.structure = structure;
        this.defaultEntry = defaultEntry;
        this.built = List.copyOf(built);
        this.locales = Set.copyOf(locales);
    }

    /** The plugin's settings, when {@code mkdocs.yml} enables it with at least one language. */
    static Optional<StaticI18n> of(Map<String, Object> config) {
        Object settings = SiteConfig.plugins(config.get("plugins")).get("i18n");
        if (!(settings instanceof Map<?, ?> options) || !(options.get("languages") instanceof List<?> languages)) {
            return Optional.empty();
        }
        Structure structure = "folder".equals(String.valueOf(options.get("docs_structure")).strip())
                ? Structure.FOLDER : Structure.SUFFIX;
        List<Entry> entries = new ArrayList<>();
        java.util.Set<String> locales = new java.util.HashSet<>();
        for (Object item : languages) {
            Map<String, Object> language = MkDocsConfig.asMap(item);
            Object locale = language.get("locale");
            if (locale == null || !LOCALE.matcher(String.valueOf(locale).strip()).matches()) {
                continue;
            }
            String code = String.valueOf(locale).strip();
            locales.add(code);
            if (Boolean.FALSE.equals(language.get("build"))) {
                continue;
            }
            Object name = language.get("name");
            entries.add(new Entry(code, name == null ? "" : String.valueOf(name),
                    Boolean.TRUE.equals(language.get("default")), language));
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Entry defaultEntry = entries.stream().filter(Entry::isDefault).findFirst().orElse(entries.get(0));
        List<Entry> built = new ArrayList<>();
        built.add(defaultEntry);
        entries.stream().filter(entry -> entry != defaultEntry).forEach(built::add);
        return Optional.of(new StaticI18n(structure, defaultEntry, built, locales));
    }

    String defaultLocale() {
        return defaultEntry.locale();
    }

    /** The languages' names for the switcher, by locale, the default one first. */
    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        built.forEach(entry -> names.put(entry.locale(), entry.name()));
        return names;
    }

    /** Where each built language's pages are in {@code docs}, and its settings over {@code site}'s; the default first. */
    Map<String, LanguageSource> sources(Path docs, Map<String, Object> site) {
        Map<String, LanguageSource> sources = new LinkedHashMap<>();
        for (Entry entry : built) {
            String locale = entry.locale();
            boolean isDefault = entry == defaultEntry;
            if (structure == Structure.FOLDER) {
                sources.put(locale, isDefault ? new LanguageSource(docs, this::defaultPageInFolders)
                        : new LanguageSource(docs.resolve(locale), PageNames.ALL, Optional.of(settingsFor(locale, site))));
            } else {
                sources.put(locale, new LanguageSource(docs, relative -> suffixedPage(relative, locale, isDefault),
                        isDefault ? Optional.empty() : Optional.of(settingsFor(locale, site))));
            }
        }
        return sources;
    }

    /** The site's settings as one language reads them: its own values over the site's, its locale as the theme's. */
    Map<String, Object> settingsFor(String locale, Map<String, Object> site) {
        Entry entry = built.stream().filter(e -> e.locale().equals(locale)).findFirst().orElse(null);
        if (entry == null) {
            return site;
        }
        Map<String, Object> merged = new LinkedHashMap<>(site);
        entry.settings().forEach((key, value) -> {
            if (OWN_SETTINGS.contains(key) && value != null) {
                merged.put(key, value);
            } else if (MERGED_SETTINGS.contains(key) && value instanceof Map<?, ?>) {
                merged.put(key, ConfigInheritance.merged(MkDocsConfig.asMap(site.get(key)), MkDocsConfig.asMap(value)));
            }
        });
        Map<String, Object> theme = new LinkedHashMap<>(MkDocsConfig.asMap(merged.get("theme")));
        if (!(MkDocsConfig.asMap(entry.settings().get("theme")).get("language") instanceof String)) {
            theme.put("language", locale);
        }
        merged.put("theme", theme);
        return merged;
    }

    /** {@code nav_translations}: a title of the navigation → its translation in this language. */
    Map<String, String> navTranslations(String locale) {
        Map<String, String> translations = new LinkedHashMap<>();
        built.stream().filter(e -> e.locale().equals(locale)).findFirst().ifPresent(entry ->
                MkDocsConfig.asMap(entry.settings().get("nav_translations")).forEach((title, translated) -> {
                    if (translated != null) {
                        translations.put(title, String.valueOf(translated));
                    }
                }));
        return translations;
    }

    /** A page of the default language in the folder structure: any page outside a language's folder. */
    private Optional<String> defaultPageInFolders(String relative) {
        int slash = relative.indexOf('/');
        if (slash > 0) {
            String first = relative.substring(0, slash);
            if (first.equals(defaultLocale())) {
                return Optional.of(relative.substring(slash + 1));
            }
            if (locales.contains(first) || LOCALE.matcher(first).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(relative);
    }

    /**
     * A page of a language in the suffix structure: {@code guide.fr.md} is French {@code guide.md}; a page without
     * a locale is the default language's, as is one with the default locale.
     */
    private Optional<String> suffixedPage(String relative, String locale, boolean isDefault) {
        Matcher suffixed = SUFFIXED.matcher(relative);
        if (suffixed.matches() && (locales.contains(suffixed.group(2)) || LOCALE.matcher(suffixed.group(2)).matches())) {
            return suffixed.group(2).equals(locale) ? Optional.of(suffixed.group(1) + ".md") : Optional.empty();
        }
        return isDefault ? Optional.of(relative) : Optional.empty();
    }
}
