package dev.folio.parser;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.UrlStyle;
import dev.folio.parser.internal.LanguageEnvironments;
import dev.folio.parser.internal.PageReader;
import dev.folio.parser.internal.SiteLoader;

/**
 * Reads MkDocs Material flavoured Markdown into the Folio model: one page with {@link #parse(Path)}
 * or {@link #parse(String)}, a whole site with {@link #load(Path)}. Immutable and thread-safe. Bad
 * input never throws: it becomes diagnostics on the page or the site.
 *
 * <pre>{@code
 * Page page = FolioParser.create().parse(Path.of("docs/index.md"));
 * page.document().headings().forEach(h -> System.out.println(h.level() + " " + h.text()));
 * }</pre>
 */
public final class FolioParser {
    /**
     * Where each language's {@code !ENV} values are by default ({@link Builder#languageEnvironment}), relative
     * to the project folder; used only where such a file exists.
     */
    public static final String DEFAULT_LANGUAGE_ENVIRONMENT = "includes/strings.{lang}.env";

    /** The folder, beside {@code mkdocs.yml}, of the translations: one folder per language code, laid out as the docs. */
    public static final String TRANSLATIONS_FOLDER = "i18n";

    private final String siteName;
    private final String language;
    private final UrlStyle urlStyle;
    private final Set<String> onlyLanguages;
    private final LanguageEnvironments environments;
    private final String configFile;
    private final Path projectRoot;
    private final PageReader pageReader;

    private FolioParser(Builder builder) {
        this.siteName = builder.siteName;
        this.language = builder.language;
        this.urlStyle = builder.urlStyle;
        this.onlyLanguages = Set.copyOf(builder.onlyLanguages);
        this.environments = new LanguageEnvironments(builder.languageEnvironment, builder.environment);
        this.configFile = builder.configFile;
        this.projectRoot = builder.projectRoot;
        this.pageReader = new PageReader(urlStyle);
    }

    /** A parser with the defaults: language {@code en}, directory URLs, site name "Documentation". */
    public static FolioParser create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One page from a file; its source path is the file name, its language the default one. */
    public Page parse(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return pageReader.read(file, name == null ? "index.md" : name.toString(), file.toString(), language);
    }

    /** One page from text, as {@code index.md}; diagnostics name the file {@code <input>}. */
    public Page parse(String markdown) {
        return parse(markdown, "index.md");
    }

    /** One page from text, as the page at {@code sourcePath} (which links are resolved against). */
    public Page parse(String markdown, String sourcePath) {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(sourcePath, "sourcePath");
        return pageReader.read(markdown, sourcePath, "<input>", language);
    }

    /**
     * A whole site: {@code root/mkdocs.yml} when present (else {@code root} is the docs folder), the
     * translations in {@code root/i18n/<lang>/}, each language's navigation.
     */
    public Site load(Path root) {
        Objects.requireNonNull(root, "root");
        return siteLoader().load(root);
    }

    /**
     * The site loaded from {@code root} again after some of its files changed: only the pages whose file
     * {@code changed} accepts (and pages that are new) are parsed; every other page is {@code previous}'s,
     * which must have been loaded from the same root by a parser with the same settings. The configuration
     * and navigation are read anew; deleted pages are gone. For a live preview: one edit, one parse. Only the
     * languages with a page read again have their dialect (the auto-appended abbreviation files) read again,
     * so the site's diagnostics of those files are only theirs.
     */
    public Site reload(Site previous, Path root, Predicate<Path> changed) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(changed, "changed");
        return siteLoader().reload(previous, root, changed);
    }

    /**
     * The languages of the site at {@code root}, primary first, found without reading any page (from
     * {@code mkdocs.yml} and the {@code i18n/} folders): what {@link Builder#onlyLanguages} can choose from.
     */
    public List<Language> languages(Path root) {
        Objects.requireNonNull(root, "root");
        return siteLoader().languages(root);
    }

    /**
     * Where {@code mkdocs.yml} publishes the site, when its {@code site_dir} says so (relative to the file, as
     * MkDocs reads it): the root of the output. A multilingual site whose {@code site_dir} names its primary
     * language's folder ({@code site/en}, built once per language) has every language beside it: the root is the
     * folder above ({@code site}). Empty without {@code mkdocs.yml} or {@code site_dir}.
     */
    public Optional<Path> siteDirectory(Path root) {
        Objects.requireNonNull(root, "root");
        return siteLoader().siteDirectory(root);
    }

    /**
     * The folder of each language's pages, primary first, found without reading a page: the input of a build
     * besides {@code root} (a configuration per language beside the primary one keeps its pages beside it).
     */
    public List<Path> sourceFolders(Path root) {
        Objects.requireNonNull(root, "root");
        return siteLoader().sourceFolders(root);
    }

    /**
     * What in the site's {@code mkdocs.yml} Folio does not honour, one note per entry at its line and column:
     * settings, theme settings and features, plugins (with what readers miss of those that run Python) and Markdown
     * extensions and their options. Empty without {@code mkdocs.yml}.
     */
    public List<Diagnostic> compatibility(Path root) {
        Objects.requireNonNull(root, "root");
        return siteLoader().compatibility(root);
    }

    private SiteLoader siteLoader() {
        return new SiteLoader(siteName, language, urlStyle, onlyLanguages, environments, configFile, projectRoot);
    }

    /** Settings used when no {@code mkdocs.yml} says otherwise. */
    public static final class Builder {
        private String siteName = "Documentation";
        private String language = "en";
        private UrlStyle urlStyle = UrlStyle.DIRECTORY;
        private Set<String> onlyLanguages = Set.of();
        private String languageEnvironment = DEFAULT_LANGUAGE_ENVIRONMENT;
        private Map<String, String> environment = System.getenv();
        private String configFile = SiteLoader.CONFIG_FILE;
        private Path projectRoot;

        private Builder() {
        }

        /**
         * The folder no page, snippet or other file of the site may come from outside of, symbolic links
         * followed; default the root given to {@link #load} (the folder of {@code mkdocs.yml}). A link out of
         * it is a warning and is not read: a pull request cannot publish the build machine's files.
         */
        public Builder projectRoot(Path folder) {
            this.projectRoot = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * Where each language's variables for {@code !ENV} in {@code mkdocs.yml} are: a file of
         * {@code KEY="value"} lines, relative to the project folder, {@code {lang}} standing for the
         * language code. For language L, {@code !ENV NAME} reads the environment first, then L's file,
         * then the default written in {@code mkdocs.yml}; so one build gives every language its own
         * navigation titles, footer and texts. Default {@code includes/strings.{lang}.env}, used only
         * where such a file exists; empty turns it off. The files are read, never run.
         */
        public Builder languageEnvironment(String pattern) {
            this.languageEnvironment = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /** The variables {@code !ENV} reads before any language file; default the process environment. */
        public Builder environment(Map<String, String> variables) {
            this.environment = Map.copyOf(variables);
            return this;
        }

        /**
         * The name of the configuration file in the root that {@link #load} reads instead of {@code mkdocs.yml}
         * ({@code mkdocs.en.yml}); its {@code docs_dir} and every other path in it are taken from the root.
         */
        public Builder configFile(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank() || name.contains("/") || name.contains("\\")) {
                throw new IllegalArgumentException("configFile: a file name in the root, not " + name);
            }
            this.configFile = name;
            return this;
        }

        /**
         * Makes {@link #load} read only these languages, by code, and always the primary one; the others
         * are left out of the site as if they had no folder. Empty (the default) reads every language.
         */
        public Builder onlyLanguages(Collection<String> codes) {
            this.onlyLanguages = Set.copyOf(codes);
            return this;
        }

        public Builder siteName(String name) {
            this.siteName = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder language(String code) {
            this.language = Objects.requireNonNull(code, "code");
            return this;
        }

        public Builder urlStyle(UrlStyle style) {
            this.urlStyle = Objects.requireNonNull(style, "style");
            return this;
        }

        public FolioParser build() {
            return new FolioParser(this);
        }
    }
}
