package dev.folio.model;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole site: its configuration, the pages of every language, each language's navigation, and
 * the diagnostics found while loading it. Immutable. A page's translations are the pages of the
 * other languages with the same source path.
 */
public final class Site {

    private final SiteConfig config;
    private final Map<String, SiteConfig> languageConfigs;
    private final Map<String, Map<String, Page>> pagesByLanguage;
    private final Map<String, Navigation> navigation;
    private final Map<String, Path> sourceRoots;
    private final List<Diagnostic> diagnostics;
    private final @Nullable ProjectRoot projectRoot;

    /**
     * @param sourceRoots the docs folder of each language ({@code docs/}, {@code i18n/he/}), where its
     *                    images and other assets are; empty for a site built in memory
     */
    public Site(SiteConfig config, List<Page> pages, Map<String, Navigation> navigation, Map<String, Path> sourceRoots,
            List<Diagnostic> diagnostics) {
        this(config, Map.of(), pages, navigation, sourceRoots, diagnostics);
    }

    /**
     * @param languageConfigs the configuration as resolved for each language, by code (a site whose
     *                        {@code mkdocs.yml} reads per-language values, such as translated footer texts);
     *                        a language left out uses {@code config}
     */
    public Site(SiteConfig config, Map<String, SiteConfig> languageConfigs, List<Page> pages,
            Map<String, Navigation> navigation, Map<String, Path> sourceRoots, List<Diagnostic> diagnostics) {
        this.config = Objects.requireNonNull(config, "config");
        this.languageConfigs = Map.copyOf(languageConfigs);
        this.sourceRoots = Map.copyOf(sourceRoots);
        Map<String, Map<String, Page>> byLanguage = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            byLanguage.put(language.code(), new LinkedHashMap<>());
        }
        for (Page page : pages) {
            Map<String, Page> ofLanguage = byLanguage.get(page.language());
            if (ofLanguage == null) {
                throw new IllegalArgumentException(page.sourceFile() + ": language " + page.language()
                        + " is not configured");
            }
            ofLanguage.put(page.sourcePath(), page);
        }
        byLanguage.replaceAll((code, map) -> Collections.unmodifiableMap(map));
        this.pagesByLanguage = Collections.unmodifiableMap(byLanguage);
        this.navigation = Map.copyOf(navigation);
        this.diagnostics = List.copyOf(diagnostics);
        this.projectRoot = commonFolder(this.sourceRoots.values()).map(ProjectRoot::of).orElse(null);
    }

    private Site(Site site, ProjectRoot projectRoot) {
        this.config = site.config;
        this.languageConfigs = site.languageConfigs;
        this.pagesByLanguage = site.pagesByLanguage;
        this.navigation = site.navigation;
        this.sourceRoots = site.sourceRoots;
        this.diagnostics = site.diagnostics;
        this.projectRoot = Objects.requireNonNull(projectRoot, "projectRoot");
    }

    /** This site, reading files only from inside {@code root} (by default the folder its source roots share). */
    public Site withProjectRoot(ProjectRoot root) {
        return new Site(this, root);
    }

    /**
     * The folder every file the site's output is made from must be inside, symbolic links followed; empty
     * for a site built in memory, which reads no file.
     */
    public Optional<ProjectRoot> projectRoot() {
        return Optional.ofNullable(projectRoot);
    }

    private static Optional<Path> commonFolder(java.util.Collection<Path> folders) {
        Path common = null;
        for (Path folder : folders) {
            Path absolute = folder.toAbsolutePath().normalize();
            if (common == null) {
                common = absolute;
            }
            while (common != null && !absolute.startsWith(common)) {
                common = common.getParent();
            }
        }
        return Optional.ofNullable(common);
    }

    /** The configuration as the primary language reads it: languages, URLs and everything site-wide. */
    public SiteConfig config() {
        return config;
    }

    /**
     * The configuration as resolved for one language (its name, description, copyright and raw
     * {@code extra}, …, in that language), else {@link #config()}: what a page of that language shows.
     */
    public SiteConfig config(String language) {
        return languageConfigs.getOrDefault(language, config);
    }

    public List<Language> languages() {
        return config.languages();
    }

    /** Every page of every language, languages in configured order, pages in load order. */
    public List<Page> pages() {
        List<Page> all = new ArrayList<>();
        pagesByLanguage.values().forEach(map -> all.addAll(map.values()));
        return all;
    }

    public List<Page> pages(String language) {
        return List.copyOf(pagesByLanguage.getOrDefault(language, Map.of()).values());
    }

    public Optional<Page> page(String language, String sourcePath) {
        return Optional.ofNullable(pagesByLanguage.getOrDefault(language, Map.of()).get(sourcePath));
    }

    /** The same page in the other languages that have it, by language code, in configured order. */
    public Map<String, Page> translations(Page page) {
        Map<String, Page> others = new LinkedHashMap<>();
        pagesByLanguage.forEach((code, pages) -> {
            Page other = pages.get(page.sourcePath());
            if (other != null && !code.equals(page.language())) {
                others.put(code, other);
            }
        });
        return others;
    }

    /** The docs folder of a language, where its pages' images and other assets are read from. */
    public Optional<Path> sourceRoot(String language) {
        return Optional.ofNullable(sourceRoots.get(language));
    }

    public Navigation navigation(String language) {
        return navigation.getOrDefault(language, new Navigation(List.of()));
    }

    /** The pages of a language in navigation order; pages not in the navigation are left out, as MkDocs does. */
    public List<Page> pagesInNavigationOrder(String language) {
        Map<String, Page> pages = pagesByLanguage.getOrDefault(language, Map.of());
        return navigation(language).pageOrder().stream().map(pages::get).filter(Objects::nonNull).toList();
    }

    /** Diagnostics of loading the site (configuration, navigation), and of every page. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        pagesByLanguage.values().forEach(map -> map.values().forEach(p -> all.addAll(p.diagnostics())));
        all.sort(Diagnostic.BY_POSITION);
        return all;
    }
}
