package dev.folio.maven;

import dev.folio.maven.internal.BuildPipeline;
import dev.folio.maven.internal.BuildState;
import dev.folio.maven.internal.BuildTime;
import dev.folio.maven.internal.ConfigVariables;
import dev.folio.maven.internal.LanguageSelection;
import dev.folio.maven.internal.Fingerprint;
import dev.folio.maven.internal.FolderStamp;
import dev.folio.maven.internal.ProjectPaths;
import dev.folio.maven.internal.RenderStage;
import dev.folio.maven.internal.RenderTarget;
import dev.folio.maven.internal.RendererCatalog;
import dev.folio.maven.internal.SavedBuild;
import dev.folio.model.render.RenderScope;
import dev.folio.model.render.Renderer;
import dev.folio.parser.FolioParser;

import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The goals that write output. Which folder each format writes into:
 * <ul>
 * <li>a format named in {@code outputDirectories} writes into that folder;</li>
 * <li>otherwise {@code html} writes into {@code outputDirectory}; when it is not set, into the folder
 * {@code site_dir} names in {@code mkdocs.yml}, as {@code mkdocs build} does, else into {@code target/site};</li>
 * <li>and every other format (the PDFs, a third-party format) writes into {@code ${project.build.directory}}
 * ({@code target/}).</li>
 * </ul>
 * No output folder may be, or contain, the project's base directory or the source directory.
 */
abstract class AbstractRenderMojo extends AbstractFolioMojo {

    private static final String HTML = "html";

    /**
     * Where the {@code html} format writes the website. When it is not set: the folder {@code mkdocs.yml}'s
     * {@code site_dir} names (relative to that file, as MkDocs reads it; for a site built once per language
     * into {@code site/<primary language>}, the folder above it, which holds every language), else
     * {@code target/site} (the folder {@code site} in {@code project.build.directory}).
     */
    @Parameter(property = "folio.outputDirectory")
    private File outputDirectory;

    /**
     * A folder for each format that should not write into its default one, by format name, for example
     * {@code <pdf>target/guides</pdf>} inside {@code <outputDirectories>}. Without an
     * entry, {@code html} writes into {@code outputDirectory} and every other format into
     * {@code ${project.build.directory}}. A relative folder is taken from the project's base directory.
     */
    @Parameter
    private Map<String, String> outputDirectories;

    /**
     * Settings passed to every renderer as strings, by name; each renderer documents the ones it reads.
     */
    @Parameter
    private Map<String, String> options;

    /**
     * Attaches every PDF written to the project, with type {@code pdf} and the language code as
     * classifier ({@code guide-1.0-en.pdf}), so that {@code install} and {@code deploy} publish them. A part of
     * a split guide (option {@code pdf.split} {@code section} or {@code page}) has its language and its part
     * ({@code guide-1.0-en-basics.pdf}).
     */
    @Parameter(property = "folio.attach", defaultValue = "true")
    private boolean attach;

    /**
     * The time written into the output wherever a date appears (the guides' covers and metadata, the sitemap),
     * so that two builds of the same input give the same bytes: seconds since the epoch or an ISO-8601 date and
     * time, as Maven's archivers read it. When the project sets none, the output is dated with the time of the
     * build, as Maven's archivers date theirs.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /**
     * Renders everything, even when the sources, the settings and the plugin are unchanged since the last build
     * and its output is all there, or only a few pages changed. Without it, an unchanged build says it is up to
     * date in one line and writes nothing, and after an edit to some pages the website build renders only what
     * they affect (the pages, their untranslated copies, the search index; their whole language when a title
     * or heading changed) and removes the files of deleted pages.
     */
    @Parameter(property = "folio.force", defaultValue = "false")
    private boolean force;

    /** This execution, whose goal and id name the file that remembers its last build. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    private final MavenProjectHelper projectHelper;

    AbstractRenderMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    /** The formats this goal renders; empty for every format found. */
    abstract List<String> formats();

    /** Names where the formats come from, for messages: a parameter, or the goal. */
    abstract String formatsSetting();

    @Override
    final void run(ProjectPaths paths) throws MojoExecutionException, MojoFailureException {
        RendererCatalog catalog = checked(() -> RendererCatalog.load(pluginClassLoader()));
        List<Renderer> renderers = checked(() -> catalog.select(formats(), formatsSetting()));
        List<RenderTarget> targets = targets(paths, catalog, renderers);
        Optional<Instant> configuredTime = configuredBuildTime();
        Instant buildTime = configuredTime.orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Map<String, String> rendererOptions = options == null ? Map.of() : new TreeMap<>(options);
        RenderStage stage = new RenderStage(getLog(), paths.sourceDirectory(), buildTime, rendererOptions);
        BuildPipeline pipeline = pipeline(paths, stage, () -> targets, RenderScope::pagesAndTheirSearchIndexes,
                new Attachments(project, projectHelper, getLog(), attach && !withoutProject()));
        report(paths, pipeline.run(savedBuild(paths, targets, configuredTime, rendererOptions)), true);
    }

    private SavedBuild savedBuild(ProjectPaths paths, List<RenderTarget> targets,
            Optional<Instant> configuredTime, Map<String, String> rendererOptions) throws MojoExecutionException {
        List<String> settings = new ArrayList<>();
        settings.add("site name " + siteName());
        // Unset, the time of each build is not a change: a build with nothing changed keeps the last one's output.
        settings.add("build time " + configuredTime.map(Instant::toString).orElse("of the build"));
        settings.add("languages " + languages());
        targets.forEach(target -> settings.add(target.format() + " -> " + target.outputDirectory()));
        rendererOptions.forEach((name, value) -> settings.add("option " + name + "=" + value));
        settings.add("config file " + paths.configName());
        settings.add("language environment " + languageEnvironment());
        // Not input: the output folders, and the translations a languages selection leaves out (never read).
        List<Path> notInput = new ArrayList<>();
        notInput.add(buildDirectory().toAbsolutePath().normalize());
        targets.forEach(target -> notInput.add(target.outputDirectory()));
        try {
            notInput.addAll(unselectedTranslations(paths.sourceDirectory()));
            settings.addAll(ConfigVariables.of(paths.sourceDirectory().resolve(paths.configName()), System.getenv()));
            // Languages whose pages are outside the source directory (a configuration per language beside the
            // primary one): any change there renders everything.
            for (Path folder : siteLoader(paths, new LanguageSelection(languages())).sourceFolders(paths.sourceDirectory())) {
                Path absolute = folder.toAbsolutePath().normalize();
                if (!absolute.startsWith(paths.sourceDirectory().toAbsolutePath().normalize())) {
                    settings.add("language folder " + absolute + " " + FolderStamp.of(absolute));
                }
            }
            Path stateFile = buildDirectory().resolve("folio-maven-plugin")
                    .resolve(mojoExecution.getGoal() + "-" + mojoExecution.getExecutionId() + ".state");
            Optional<BuildState> last = BuildState.read(stateFile);
            Fingerprint.Result fingerprint = Fingerprint.of(paths.sourceDirectory(), notInput, settings,
                    pluginClassLoader(), last);
            return new SavedBuild(getLog(), stateFile, last, fingerprint, paths.sourceDirectory(), force,
                    targets.stream().map(RenderTarget::format).collect(Collectors.joining(", ")));
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            throw new MojoExecutionException("sourceDirectory: cannot read " + paths.sourceDirectory() + ": "
                    + unreadable, unreadable);
        }
    }

    private List<Path> unselectedTranslations(Path sourceDirectory) throws IOException {
        Path translations = sourceDirectory.resolve(FolioParser.TRANSLATIONS_FOLDER);
        List<String> selected = languages();
        if (selected.isEmpty() || !Files.isDirectory(translations)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(translations)) {
            return folders.filter(Files::isDirectory)
                    .filter(folder -> !selected.contains(folder.getFileName().toString()))
                    .map(folder -> folder.toAbsolutePath().normalize())
                    .toList();
        }
    }

    /**
     * The site's folder when {@code outputDirectory} is not set: {@code site_dir} of {@code mkdocs.yml}, else
     * {@code target/site} in a project, or {@code site} beside {@code mkdocs.yml} without a pom, as
     * {@code mkdocs build} writes it.
     */
    private Path defaultSiteFolder(ProjectPaths paths) throws MojoExecutionException {
        Optional<Path> siteDir = checked(() -> siteLoader(paths, new LanguageSelection(List.of()))
                .siteDirectory(paths.sourceDirectory()));
        return siteDir.orElseGet(() -> withoutProject() ? paths.sourceDirectory().resolve("site")
                : buildDirectory().resolve("site"));
    }

    private static ClassLoader pluginClassLoader() {
        return AbstractRenderMojo.class.getClassLoader();
    }

    private List<RenderTarget> targets(ProjectPaths paths, RendererCatalog catalog, List<Renderer> renderers)
            throws MojoExecutionException {
        Map<String, String> configured = outputDirectories == null ? Map.of() : new TreeMap<>(outputDirectories);
        for (String format : configured.keySet()) {
            if (!catalog.has(format)) {
                throw new MojoExecutionException("outputDirectories: unknown format " + format
                        + "; it accepts a folder for each of: " + String.join(", ", catalog.formats()));
            }
        }
        List<RenderTarget> targets = new ArrayList<>();
        for (Renderer renderer : renderers) {
            String format = renderer.format();
            Path folder;
            String setting;
            if (configured.containsKey(format)) {
                folder = baseDirectory().resolve(configured.get(format).strip());
                setting = "outputDirectories." + format;
            } else if (format.equals(HTML) && outputDirectory != null) {
                folder = outputDirectory.toPath();
                setting = "outputDirectory";
            } else if (format.equals(HTML)) {
                folder = defaultSiteFolder(paths);
                setting = "outputDirectory";
            } else if (withoutProject()) {
                // Without a pom there is no build directory: the guides go into the site, beside its pages.
                folder = outputDirectory != null ? outputDirectory.toPath() : defaultSiteFolder(paths);
                setting = "the site's folder (the default folder of format " + format + " without a pom)";
            } else {
                folder = buildDirectory();
                setting = "project.build.directory (the default folder of format " + format + ")";
            }
            Path checkedFolder = checked(() -> paths.checkOutput(folder, setting));
            targets.add(new RenderTarget(renderer, checkedFolder));
        }
        return targets;
    }

    private Optional<Instant> configuredBuildTime() throws MojoExecutionException {
        return checked(() -> {
            try {
                return BuildTime.parse(outputTimestamp);
            } catch (IllegalArgumentException wrong) {
                throw new IllegalArgumentException("project.build.outputTimestamp: " + wrong.getMessage(), wrong);
            }
        });
    }
}
