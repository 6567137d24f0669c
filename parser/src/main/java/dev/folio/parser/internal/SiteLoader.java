package dev.folio.parser.internal;

import dev.folio.parser.FolioParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.LanguageLayout;
import dev.folio.model.Navigation;
import dev.folio.model.Page;
import dev.folio.model.PathPatterns;
import dev.folio.model.ProjectRoot;
import dev.folio.model.Severity;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePosition;
import dev.folio.model.UrlStyle;
import dev.folio.model.work.EachInParallel;

/**
 * Loads a whole site: {@code mkdocs.yml} when there is one, the primary docs folder, the translations
 * in {@code i18n/<lang>/}, and each language's navigation. Pages are parsed in parallel; the result
 * does not depend on thread timing (everything is sorted). Never throws for bad content.
 */
public final class SiteLoader {
    /** The configuration's usual name; {@link #configName} may be another file in the root. */
    public static final String CONFIG_FILE = "mkdocs.yml";
    private static final String TRANSLATIONS = FolioParser.TRANSLATIONS_FOLDER;

    private final String defaultName;
    private final String defaultLanguage;
    private final UrlStyle defaultUrlStyle;
    private final Set<String> onlyLanguages;
    private final LanguageEnvironments environments;
    private final String configName;
    private final Path projectRoot;

    /**
     * @param onlyLanguages the languages to read besides the primary one; empty reads them all
     * @param environments  what {@code !ENV} in {@code mkdocs.yml} reads for each language
     * @param configName    the configuration file's name in the root ({@code mkdocs.yml})
     * @param projectRoot   the folder no file may be read from outside of; null: the root
     */
    public SiteLoader(String defaultName, String defaultLanguage, UrlStyle defaultUrlStyle, Set<String> onlyLanguages,
            LanguageEnvironments environments, String configName, Path projectRoot) {
        this.defaultName = defaultName;
        this.defaultLanguage = defaultLanguage;
        this.defaultUrlStyle = defaultUrlStyle;
        this.onlyLanguages = Set.copyOf(onlyLanguages);
        this.environments = environments;
        this.configName = configName;
        this.projectRoot = projectRoot;
    }

    /** The site's languages, primary first, without reading a page: what {@link #load} can be limited to. */
    public List<Language> languages(Path root) {
        Primary primary = primary(root, new ArrayList<>());
        return languages(sources(root, primary).keySet(), names(primary));
    }

    /** See {@link FolioParser#compatibility}. */
    public List<Diagnostic> compatibility(Path root) {
        Primary primary = primary(root, new ArrayList<>());
        if (primary.text() == null) {
            return List.of();
        }
        return Compatibility.of(primary.config().withRaw(primary.siteSettings()), primary.text(), configName);
    }

    /** See {@link FolioParser#sourceFolders}. */
    public List<Path> sourceFolders(Path root) {
        return sources(root, primary(root, new ArrayList<>())).values().stream().map(LanguageSource::folder).distinct()
                .toList();
    }

    /**
     * Where each language's pages are, the primary language first: with mkdocs-static-i18n, where its
     * {@code docs_structure} puts them; else the docs folder, and a folder per translation in {@code i18n/}.
     */
    private Map<String, LanguageSource> sources(Path root, Primary primary) {
        if (primary.i18n().isPresent()) {
            return primary.i18n().get().sources(primary.docs(), primary.siteSettings());
        }
        Map<String, LanguageSource> sources = new LinkedHashMap<>();
        sources.put(primary.code(), new LanguageSource(primary.docs(), PageNames.ALL));
        SourceFolders.translationRoots(root.resolve(TRANSLATIONS), primary.code(), primary.config().alternateNames())
                .forEach((code, folder) -> sources.put(code, new LanguageSource(folder, PageNames.ALL)));
        inheritingLanguages(root, primary).forEach(sources::putIfAbsent);
        return sources;
    }

    /**
     * The languages of a site with a configuration per language that inherits the primary one (FastAPI's
     * {@code docs/es/mkdocs.yml} with {@code INHERIT: ../en/mkdocs.yml}, its pages in {@code docs/es/docs/}): each
     * folder beside the primary configuration's whose configuration inherits it, named by its {@code theme.language},
     * else by the folder; sorted by code.
     */
    private Map<String, LanguageSource> inheritingLanguages(Path root, Primary primary) {
        Map<String, LanguageSource> found = new java.util.TreeMap<>();
        Path configFile = root.resolve(configName).toAbsolutePath().normalize();
        Path parent = configFile.getParent().getParent();
        ProjectRoot project = ProjectRoot.of(projectRoot != null ? projectRoot : root);
        if (primary.text() == null || parent == null || project.resolve(parent).isEmpty()) {
            return found;
        }
        List<Path> folders;
        try (java.util.stream.Stream<Path> children = Files.list(parent)) {
            folders = children.filter(Files::isDirectory).filter(folder -> !folder.equals(configFile.getParent()))
                    .sorted().toList();
        } catch (java.io.IOException | RuntimeException unreadable) {
            return found;
        }
        for (Path folder : folders) {
            Path sibling = folder.resolve(configName);
            Optional<Path> readable = project.resolve(sibling).filter(Files::isRegularFile);
            if (readable.isEmpty()) {
                continue;
            }
            String shown = folder.getFileName() + "/" + configName;
            List<Diagnostic> ignored = new ArrayList<>();
            MkDocsConfig own = MkDocsConfig.read(TextFiles.read(readable.get(), shown, ignored), shown,
                    environments.process());
            if (!ConfigInheritance.parentOf(own, sibling).filter(configFile::equals).isPresent()) {
                continue;
            }
            MkDocsConfig merged = ConfigInheritance.resolve(own, sibling, shown, project, environments.process(), ignored);
            // Its own theme.language, else the folder's name; the primary one's is not this language's.
            String code = own.themeLanguage().orElse(folder.getFileName().toString());
            if (!code.equals(primary.code())) {
                Map<String, Object> settings = new LinkedHashMap<>(merged.raw());
                Map<String, Object> theme = new LinkedHashMap<>(MkDocsConfig.asMap(settings.get("theme")));
                theme.put("language", code);
                settings.put("theme", theme);
                found.put(code, new LanguageSource(folder.resolve(merged.docsDir()).normalize(), PageNames.ALL,
                        Optional.of(settings)));
            }
        }
        return found;
    }

    /** Each language's own name, as the language switcher ({@code extra.alternate}) or the i18n plugin gives it. */
    private static Map<String, String> names(Primary primary) {
        Map<String, String> names = new LinkedHashMap<>(primary.config().alternateNames());
        primary.i18n().ifPresent(i18n -> i18n.names().forEach((code, name) -> {
            if (!name.isBlank()) {
                names.put(code, name);
            }
        }));
        return names;
    }

    /** Where each language is published: mkdocs-static-i18n's default language at the root, else see the layout. */
    private static LanguageLayout layout(Primary primary, int languages) {
        if (primary.i18n().isPresent() || languages < 2) {
            return LanguageLayout.PRIMARY_AT_ROOT;
        }
        return primary.config().layout(primary.code());
    }

    /** See {@link FolioParser#siteDirectory}. */
    public Optional<Path> siteDirectory(Path root) {
        Primary primary = primary(root, new ArrayList<>());
        Optional<String> written = primary.text() == null ? Optional.empty()
                : primary.config().string("site_dir").map(String::strip).filter(dir -> !dir.isEmpty());
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Path folder = root.resolve(written.get()).normalize();
        if (layout(primary, sources(root, primary).size()) == LanguageLayout.ALL_IN_FOLDERS
                && folder.getFileName() != null && folder.getFileName().toString().equals(primary.code())
                && folder.getParent() != null) {
            return Optional.of(folder.getParent());
        }
        return Optional.of(folder);
    }

    /** {@code mkdocs.yml} as the primary language reads it (empty when there is none), its code and docs folder. */
    private record Primary(String text, MkDocsConfig config, String code, Path docs, Optional<StaticI18n> i18n,
            Map<String, Object> siteSettings) {
    }

    private Primary primary(Path root, List<Diagnostic> diagnostics) {
        Path configFile = root.resolve(configName);
        if (!Files.isRegularFile(configFile)) {
            return new Primary(null, MkDocsConfig.empty(), defaultLanguage, root, Optional.empty(), Map.of());
        }
        String text = TextFiles.read(configFile, configName, diagnostics);
        // The primary language is found with the process environment alone, then read with its own file.
        MkDocsConfig first = MkDocsConfig.read(text, configName, environments.process());
        Optional<StaticI18n> i18n = StaticI18n.of(first.raw());
        String code = i18n.map(StaticI18n::defaultLocale).or(first::themeLanguage).orElse(defaultLanguage);
        MkDocsConfig config = MkDocsConfig.read(text, configName, environments.forLanguage(root, code, diagnostics));
        diagnostics.addAll(config.diagnostics());
        config = ConfigInheritance.resolve(config, configFile, configName, ProjectRoot.of(projectRoot != null ? projectRoot
                : root), environments.forLanguage(root, code, new ArrayList<>()), diagnostics);
        Map<String, Object> siteSettings = config.raw();
        if (i18n.isPresent()) {
            // The default language's own settings (its nav, its name) over the site's, as the plugin builds it.
            config = config.withRaw(i18n.get().settingsFor(code, siteSettings));
        }
        return new Primary(text, config, code, root.resolve(config.docsDir()).normalize(), i18n, siteSettings);
    }

    public Site load(Path root) {
        return load(root, null, file -> true);
    }

    /**
     * The site again, reading only the pages whose file {@code changed} accepts (and new ones) and taking
     * every other page from {@code previous}, loaded from the same root with the same settings: the
     * configuration and navigation are read anew, which is cheap, and an edit to one page costs one parse.
     */
    public Site reload(Site previous, Path root, Predicate<Path> changed) {
        return load(root, previous, changed);
    }

    private Site load(Path root, Site previous, Predicate<Path> changed) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Primary loaded = primary(root, diagnostics);
        MkDocsConfig config = loaded.config();
        Path docs = loaded.docs();
        String primary = loaded.code();
        UrlStyle urlStyle = config.useDirectoryUrls().map(d -> d ? UrlStyle.DIRECTORY : UrlStyle.FILE)
                .orElse(defaultUrlStyle);

        Map<String, LanguageSource> sources = sources(root, loaded);
        // A site in one language is published at the root, as MkDocs publishes it, whatever its URL ends in; a
        // multilingual one where its configuration puts it (a selection of languages changes no URL).
        LanguageLayout layout = layout(loaded, sources.size());
        if (!onlyLanguages.isEmpty()) {
            // Languages left out are not read at all: building one language of a large site stays fast.
            sources.keySet().removeIf(code -> !code.equals(primary) && !onlyLanguages.contains(code));
        }
        Map<String, Path> roots = new LinkedHashMap<>();
        sources.forEach((code, source) -> roots.put(code, source.folder()));
        // Each language's files, dialect (abbreviation files), mkdocs.yml read with its own variables and name
        // are found side by side: a YAML file and a few others per language, too many to read one by one.
        Path translationsFolder = root.resolve(TRANSLATIONS).toAbsolutePath().normalize();
        ProjectRoot project = ProjectRoot.of(projectRoot != null ? projectRoot : root);
        DialectSettings settings = new DialectSettings(root, project, config, primary);
        if (loaded.text() != null) {
            diagnostics.addAll(Compatibility.refusals(config, loaded.text(), configName));
        }
        Reading reading = new Reading(root, project, loaded, translationsFolder, settings, urlStyle, previous, changed);
        List<LanguageSetup> setups = sources.entrySet().parallelStream()
                .map(language -> setUp(language.getKey(), language.getValue(), reading))
                .toList();
        List<Language> languages = setups.stream().map(LanguageSetup::language).toList();
        List<PageTask> tasks = new ArrayList<>();
        Map<String, PageReader> readers = new LinkedHashMap<>();
        Map<String, MkDocsConfig> configs = new LinkedHashMap<>();
        // Reported in the order they were when read one by one: files, then dialects, then configurations.
        setups.forEach(setup -> diagnostics.addAll(setup.fileDiagnostics()));
        setups.forEach(setup -> diagnostics.addAll(setup.dialectDiagnostics()));
        setups.forEach(setup -> diagnostics.addAll(setup.configDiagnostics()));
        for (LanguageSetup setup : setups) {
            tasks.addAll(setup.tasks());
            setup.reader().ifPresent(reader -> readers.put(setup.language().code(), reader));
            String code = setup.language().code();
            // A language's own settings (an inheriting configuration, an i18n plugin entry), else those it read
            // with its own variables, else the primary ones.
            configs.put(code, sources.get(code).settings().map(config::withRaw)
                    .orElseGet(() -> setup.config().orElse(config)));
        }
        List<Page> pages = EachInParallel.map(tasks, task -> task.read(readers.get(task.language()), root));

        Map<String, Map<String, Page>> byLanguage = new LinkedHashMap<>();
        roots.keySet().forEach(code -> byLanguage.put(code, new LinkedHashMap<>()));
        pages.forEach(page -> byLanguage.get(page.language()).put(page.sourcePath(), page));

        Map<String, Navigation> navigation = new LinkedHashMap<>();
        Map<String, Page> primaryPages = byLanguage.get(primary);
        Navigation primaryNav = config.raw().get("nav") instanceof List<?> nav
                ? NavigationBuilder.fromConfig(nav, primaryPages, config, diagnostics)
                : NavigationBuilder.fromFolders(List.copyOf(primaryPages.values()));
        navigation.put(primary, primaryNav);
        Optional<Severity> omitted = config.validation("nav", "omitted_files", Severity.INFO);
        if (config.raw().get("nav") instanceof List<?> && omitted.isPresent()) {
            notInNav(primaryPages.values(), primaryNav, PathPatterns.of(PathPatterns.lines(config.raw().get("not_in_nav"))),
                    omitted.get(), diagnostics);
        }
        byLanguage.forEach((code, ofLanguage) -> {
            if (code.equals(primary)) {
                return;
            }
            MkDocsConfig translated = configs.get(code);
            if (translated.raw().get("nav") instanceof List<?> nav) {
                // The primary structure with this language's titles: section and page titles as its variables
                // resolve them, else its pages' (the primary page's where it has none). Problems were
                // reported once, for the primary language.
                Map<String, Page> pagesOfLanguage = new LinkedHashMap<>(primaryPages);
                pagesOfLanguage.putAll(ofLanguage);
                Navigation own = NavigationBuilder.fromConfig(nav, pagesOfLanguage, translated, new ArrayList<>());
                // A language with settings of its own (an inheriting configuration, an i18n plugin entry) wrote its
                // nav itself, and its titles stand as MkDocs keeps them; one sharing the primary nav has the
                // primary titles translated only where its variables or pages say.
                navigation.put(code, sources.get(code).settings().isPresent() ? own
                        : NavigationBuilder.preferPageTitles(own, primaryNav, ofLanguage));
            } else {
                navigation.put(code, NavigationBuilder.translate(primaryNav, ofLanguage));
            }
        });
        loaded.i18n().ifPresent(i18n -> navigation.replaceAll((code, nav) ->
                NavigationBuilder.retitled(nav, i18n.navTranslations(code))));

        if (ApiReferenceSyntax.plugin(config).isPresent()) {
            // Only a site with an API reference plugin can have placeholders: no walk over every page otherwise.
            diagnostics.addAll(Compatibility.placeholders(pages, loaded.text(), configName));
        }
        Map<String, SiteConfig> siteConfigs = new LinkedHashMap<>();
        configs.forEach((code, ofLanguage) -> siteConfigs.put(code,
                siteConfig(ofLanguage, languages, primary, urlStyle, layout)));
        return new Site(siteConfigs.get(primary), siteConfigs, pages, navigation, roots, diagnostics)
                .withProjectRoot(project);
    }

    /**
     * A note for each page the configured {@code nav} leaves out (published, but no menu leads to it), as MkDocs
     * 1.6 lists them, except those {@code not_in_nav} names; a warning or nothing as {@code validation} says.
     */
    private static void notInNav(java.util.Collection<Page> pages, Navigation navigation, PathPatterns notInNav,
            Severity severity, List<Diagnostic> diagnostics) {
        Set<String> listed = new java.util.HashSet<>(navigation.pageOrder());
        for (Page page : pages) {
            if (!listed.contains(page.sourcePath()) && !notInNav.matches(page.sourcePath())) {
                diagnostics.add(new Diagnostic(severity, "not-in-nav", "this page is not in the nav of mkdocs.yml: it"
                        + " is published, but no menu leads to it (not_in_nav lists the pages meant so)",
                        SourcePosition.of(page.sourceFile(), 0, 0)));
            }
        }
    }

    private SiteConfig siteConfig(MkDocsConfig config, List<Language> languages, String primary, UrlStyle urlStyle,
            LanguageLayout layout) {
        return new SiteConfig(config.string("site_name").orElse(defaultName), config.string("site_url").orElse(""),
                config.string("site_description").orElse(""), config.string("copyright").orElse(""), languages, primary,
                urlStyle, config.raw(), layout);
    }

    /** What one load reads with: the root, its primary configuration, and on a reload the site before and what changed. */
    private record Reading(Path root, ProjectRoot project, Primary primary, Path translationsFolder, DialectSettings dialects,
            UrlStyle urlStyle, Site previous, Predicate<Path> changed) {
    }

    /**
     * What loading needs of one language before its pages are read: the language, its page files, its page
     * reader (none on a reload that reads none of its pages), its own reading of {@code mkdocs.yml} (none when it
     * has no variables of its own: it shares the primary one), and the problems found on the way.
     */
    private record LanguageSetup(Language language, List<PageTask> tasks, Optional<PageReader> reader,
            Optional<MkDocsConfig> config, List<Diagnostic> fileDiagnostics, List<Diagnostic> dialectDiagnostics,
            List<Diagnostic> configDiagnostics) {
    }

    private LanguageSetup setUp(String code, LanguageSource source, Reading reading) {
        List<Diagnostic> fileDiagnostics = new ArrayList<>();
        Path folder = source.folder();
        List<PageTask> tasks = new ArrayList<>();
        for (Path file : SourceFolders.markdownFiles(folder, reading.translationsFolder(), reading.project(),
                reading.root(), PathPatterns.excludedDocs(reading.primary().config().raw()), fileDiagnostics)) {
            source.names().sourcePath(slashes(folder.relativize(file))).ifPresent(sourcePath ->
                    tasks.add(new PageTask(code, sourcePath, file, reading.previous(), reading.changed())));
        }
        // A reload prepares the dialect only of the languages it reads a page of.
        List<Diagnostic> dialectDiagnostics = new ArrayList<>();
        Optional<PageReader> reader = reading.previous() == null || tasks.stream().anyMatch(task -> task.reused().isEmpty())
                ? Optional.of(new PageReader(reading.urlStyle(), reading.dialects().forLanguage(code, dialectDiagnostics),
                        PageTemplating.forSite(reading.primary().config(), reading.project().path(), folder)))
                : Optional.empty();
        List<Diagnostic> configDiagnostics = new ArrayList<>();
        Primary primary = reading.primary();
        Optional<MkDocsConfig> config = !code.equals(primary.code()) && primary.text() != null
                && environments.file(reading.root(), code).isPresent()
                ? Optional.of(MkDocsConfig.read(primary.text(), configName,
                        environments.forLanguage(reading.root(), code, configDiagnostics)))
                : Optional.empty();
        return new LanguageSetup(language(code, names(primary)), tasks, reader, config,
                fileDiagnostics, dialectDiagnostics, configDiagnostics);
    }

    /** One page to read: its language, its source path, its file; or the previous site's page when unchanged. */
    private record PageTask(String language, String sourcePath, Path file, Site previous, Predicate<Path> changed) {
        /** The previous site's page, when this one is unchanged. */
        Optional<Page> reused() {
            return previous == null || changed.test(file) ? Optional.empty() : previous.page(language, sourcePath);
        }

        Page read(PageReader reader, Path root) {
            Optional<Page> unchanged = reused();
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
            String shown = slashes(root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()));
            return reader.read(file, sourcePath, shown, language);
        }
    }

    private static List<Language> languages(java.util.Collection<String> codes, Map<String, String> names) {
        return codes.stream().map(code -> language(code, names)).toList();
    }

    /** The language of a code: named as {@code mkdocs.yml}'s alternates name it, else as the JDK does. */
    private static Language language(String code, Map<String, String> names) {
        String name = names.getOrDefault(code, "");
        return name.isBlank() ? Language.of(code) : new Language(code, name, Language.directionOf(code));
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
