package dev.folio.maven;

import dev.folio.maven.internal.BuildPipeline;
import dev.folio.maven.internal.DiagnosticReport;
import dev.folio.maven.internal.LanguageSelection;
import dev.folio.maven.internal.ProjectPaths;
import dev.folio.maven.internal.RenderStage;
import dev.folio.maven.internal.RenderTarget;
import dev.folio.maven.internal.SiteLoader;
import dev.folio.model.Diagnostic;
import dev.folio.model.render.PageKey;
import dev.folio.model.render.RenderScope;
import dev.folio.parser.FolioParser;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every Folio goal does: check its settings, run the {@link BuildPipeline} (plan, load, scope, render, report,
 * save), then log the diagnostics and, with {@code failOnWarning}, fail on them. Instances keep no state between
 * executions and there is no mutable static state, so the goals are safe under {@code mvn -T}.
 */
abstract class AbstractFolioMojo extends AbstractMojo {

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The folder Maven runs in: the base directory when there is no pom. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    /**
     * The folder of the content: either the folder that holds {@code mkdocs.yml} (whose {@code docs_dir},
     * default {@code docs}, holds the pages) or the folder of the Markdown pages itself. Translations are
     * in its {@code i18n/<language>/} subfolders, laid out like the pages. When not set, it is the
     * project's base directory if that holds {@code mkdocs.yml}, and {@code src/docs} otherwise.
     */
    @Parameter(property = "folio.sourceDirectory")
    private File sourceDirectory;

    /**
     * The site's configuration, when it is not {@code mkdocs.yml} in the source directory: a MkDocs
     * configuration file of any name ({@code mkdocs.en.yml}, {@code config/site.yml}). Its folder is then the
     * source directory, and its paths ({@code docs_dir}, {@code custom_dir}, snippets) are taken from there,
     * as {@code mkdocs build -f} does. On the command line: {@code -Dfolio.configFile=mkdocs.en.yml}.
     */
    @Parameter(property = "folio.configFile")
    private File configFile;

    /**
     * {@code configFile} by its short name, for the command line: {@code mvn folio:serve -Dfolio.config=site/mkdocs.yml}
     * in a folder without a pom. {@code configFile} wins when both are set.
     */
    @Parameter(property = "folio.config")
    private File config;

    /**
     * The site's name, used in titles and headers when no {@code mkdocs.yml} names the site
     * ({@code site_name} wins when there is one).
     */
    @Parameter(property = "folio.siteName", defaultValue = "${project.name}")
    private String siteName;

    /**
     * The languages to build, by code ({@code en}, {@code zh-Hant}); empty builds all of the site's. The
     * default language is always built, as the others fall back on its pages. On the command line:
     * {@code -Dfolio.languages=en,he}.
     */
    @Parameter(property = "folio.languages")
    private List<String> languages;

    /**
     * Where each language's values for {@code !ENV} in {@code mkdocs.yml} are: a file of {@code KEY="value"}
     * lines relative to the source directory, {@code {lang}} standing for the language code. A language reads
     * the build's environment first, then its file, then the default written in {@code mkdocs.yml}, so one build
     * gives every language its own navigation titles and texts. When not set, includes/strings.{lang}.env
     * is used where such files exist; an empty value turns the files off.
     */
    @Parameter(property = "folio.languageEnvironment")
    private String languageEnvironment;

    /** Skips the goal: nothing is read or written. */
    @Parameter(property = "folio.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Fails the build when the content has any error or warning (a broken link, a bad front matter, …),
     * after all output is written. The message gives their count and the first one's {@code file:line:col}.
     * Without it, diagnostics are logged and the build goes on.
     */
    @Parameter(property = "folio.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Diagnostic codes that {@code failOnWarning} does not count, such as {@code unknown-emoji}; they are
     * still logged. Each logged diagnostic ends with its code in brackets ({@code [broken-link]}).
     */
    @Parameter(property = "folio.failOnWarningExcludes")
    private List<String> failOnWarningExcludes;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Folio (folio.skip is true)");
            return;
        }
        ProjectPaths paths = checked(() -> ProjectPaths.of(baseDirectory(),
                sourceDirectory == null ? null : sourceDirectory.toPath(),
                configFile != null ? configFile.toPath() : config != null ? config.toPath() : null));
        run(paths);
    }

    /**
     * The goal's work: check its own settings before anything is read, set up the {@link BuildPipeline}, run it and
     * {@link #report} each outcome.
     *
     * @throws MojoExecutionException with one message naming the wrong parameter and what it accepts
     */
    abstract void run(ProjectPaths paths) throws MojoExecutionException, MojoFailureException;

    /** The pipeline of this goal's site, its languages and loading set by the common parameters. */
    BuildPipeline pipeline(ProjectPaths paths, RenderStage stage, Supplier<List<RenderTarget>> targets,
            Function<Set<PageKey>, RenderScope> partialScope, BuildPipeline.Publications publications) {
        LanguageSelection selection = new LanguageSelection(languages());
        return new BuildPipeline(getLog(), paths, siteLoader(paths, selection), selection, stage, targets, partialScope,
                publications);
    }

    /**
     * Logs an outcome's diagnostics and the configuration's entries Folio does not honour, waits for the memory to
     * be saved, and with {@code failOnWarning} and {@code mayFail} fails on the problems found.
     */
    void report(ProjectPaths paths, BuildPipeline.Outcome outcome, boolean mayFail) throws MojoFailureException {
        DiagnosticReport report = new DiagnosticReport(outcome.diagnostics());
        report.log(getLog());
        reportUnhonoured(siteLoader(paths, new LanguageSelection(List.of())).compatibility(paths.sourceDirectory()));
        outcome.saved().join();
        Set<String> excluded = failOnWarningExcludes == null ? Set.of() : Set.copyOf(failOnWarningExcludes);
        if (mayFail && failOnWarning && report.problems(excluded) > 0) {
            throw new MojoFailureException(report.failureMessage(excluded));
        }
    }

    /**
     * What in {@code mkdocs.yml} Folio does not honour ({@link dev.folio.parser.FolioParser#compatibility}): a build
     * says how many in one line, {@code folio:check} lists them.
     */
    void reportUnhonoured(List<Diagnostic> unhonoured) throws MojoFailureException {
        if (!unhonoured.isEmpty()) {
            Map<String, Long> byKind = new java.util.TreeMap<>();
            unhonoured.forEach(note -> byKind.merge(note.code().replace("unhonoured-", "").replace('-', ' '), 1L,
                    Long::sum));
            List<String> kinds = new ArrayList<>();
            byKind.forEach((kind, count) -> kinds.add(count + " " + kind + (count == 1 ? "" : "s")));
            getLog().info(unhonoured.get(0).position().file() + ": " + unhonoured.size()
                    + (unhonoured.size() == 1 ? " entry" : " entries") + " Folio does not honour (" + String.join(", ", kinds)
                    + "); folio:check lists them");
        }
    }

    /** Turns a wrong setting, reported by the internals as IllegalArgumentException, into Maven's form. */
    static <T> T checked(Setting<T> setting) throws MojoExecutionException {
        try {
            return setting.get();
        } catch (IllegalArgumentException | IllegalStateException wrong) {
            throw new MojoExecutionException(wrong.getMessage(), wrong);
        }
    }

    @FunctionalInterface
    interface Setting<T> {

        T get();
    }

    List<String> languages() {
        return languages == null ? List.of() : languages.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    SiteLoader siteLoader(ProjectPaths paths, LanguageSelection selection) {
        // The project is what may be read: a site in a subfolder (docs/en/mkdocs.yml) reads its sibling languages.
        Path base = baseDirectory().toAbsolutePath().normalize();
        Path projectRoot = paths.sourceDirectory().toAbsolutePath().normalize().startsWith(base) ? base : null;
        return new SiteLoader(getLog(), siteName(), selection, paths.configName(), languageEnvironment, projectRoot);
    }

    /** The {@code languageEnvironment} parameter, or the parser's default pattern when it is not set. */
    String languageEnvironment() {
        return languageEnvironment == null ? FolioParser.DEFAULT_LANGUAGE_ENVIRONMENT : languageEnvironment.strip();
    }

    String siteName() {
        // Without a pom, Maven names its stand-in project; the folder's name is the better guess.
        if (withoutProject() && java.util.Objects.equals(siteName, project.getName())) {
            Path folder = baseDirectory().toAbsolutePath().normalize().getFileName();
            return folder == null ? siteName : folder.toString();
        }
        return siteName;
    }

    /**
     * Whether the goal runs without a pom ({@code mvn dev.folio:folio-maven-plugin:serve} in a MkDocs folder): the
     * site is then written to {@code site/} as {@code mkdocs build} writes it, and nothing is attached.
     */
    boolean withoutProject() {
        return project.getFile() == null;
    }

    /** The project's base directory; without a pom, the folder Maven runs in. */
    Path baseDirectory() {
        if (project.getBasedir() != null) {
            return project.getBasedir().toPath();
        }
        return executionRoot != null ? executionRoot.toPath() : Path.of("").toAbsolutePath();
    }

    /** The project's build directory; without a pom, {@code target} in the folder Maven runs in (its state, scratch). */
    Path buildDirectory() {
        if (withoutProject()) {
            return baseDirectory().resolve("target");
        }
        return Path.of(project.getBuild().getDirectory());
    }
}
