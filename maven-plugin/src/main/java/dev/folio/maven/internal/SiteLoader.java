package dev.folio.maven.internal;

import dev.folio.model.Language;
import dev.folio.model.Site;
import dev.folio.parser.FolioParser;

import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The load stage: Markdown and configuration to a {@link Site}, with one log line of counts and time. */
public final class SiteLoader {

    private final Log log;
    private final FolioParser parser;

    /**
     * Reads only the languages of {@code selection} (and the primary one): the others are never parsed.
     *
     * @param configName          the name of the configuration file in the source directory ({@code mkdocs.yml})
     * @param languageEnvironment the pattern of the per-language {@code !ENV} files; null for the parser's default
     */
    public SiteLoader(Log log, String siteName, LanguageSelection selection, String configName,
            String languageEnvironment) {
        this(log, siteName, selection, configName, languageEnvironment, null);
    }

    /**
     * @param projectRoot the folder no file may be read from outside of (the project's base directory, so that a
     *                    configuration per language beside the primary one can be read); null: the source directory
     */
    public SiteLoader(Log log, String siteName, LanguageSelection selection, String configName,
            String languageEnvironment, Path projectRoot) {
        this.log = log;
        FolioParser.Builder builder = FolioParser.builder().siteName(siteName).onlyLanguages(selection.codes())
                .configFile(configName);
        if (projectRoot != null) {
            builder.projectRoot(projectRoot);
        }
        if (languageEnvironment != null) {
            builder.languageEnvironment(languageEnvironment.strip());
        }
        this.parser = builder.build();
    }

    /** Every language the site has, found without reading a page. */
    public List<Language> languages(Path sourceDirectory) {
        return parser.languages(sourceDirectory);
    }

    /** The output folder {@code mkdocs.yml}'s {@code site_dir} names, if it names one. */
    public Optional<Path> siteDirectory(Path sourceDirectory) {
        return parser.siteDirectory(sourceDirectory);
    }

    /** What in {@code mkdocs.yml} Folio does not honour, one note per entry. */
    public List<dev.folio.model.Diagnostic> compatibility(Path sourceDirectory) {
        return parser.compatibility(sourceDirectory);
    }

    /** The folder of each language's pages, found without reading a page. */
    public List<Path> sourceFolders(Path sourceDirectory) {
        return parser.sourceFolders(sourceDirectory);
    }

    /** Never throws for bad content: that becomes the site's diagnostics. */
    public Site load(Path sourceDirectory) {
        long start = System.nanoTime();
        Site site = parser.load(sourceDirectory);
        log.info("Loaded " + Plural.of(site.pages().size(), "page") + " in "
                + Plural.of(site.languages().size(), "language") + " in " + Millis.since(start) + " ms");
        return site;
    }

    /** The site after an edit: only the changed files are parsed again, every other page is the previous site's. */
    public Site reload(Site previous, Path sourceDirectory, Set<Path> changed) {
        long start = System.nanoTime();
        Set<Path> absolute = new HashSet<>();
        changed.forEach(file -> absolute.add(file.toAbsolutePath().normalize()));
        Site site = parser.reload(previous, sourceDirectory,
                file -> absolute.contains(file.toAbsolutePath().normalize()));
        log.info("Reloaded " + Plural.of(changed.size(), "changed file") + " in " + Millis.since(start) + " ms");
        return site;
    }
}
