package dev.folio.maven;

import dev.folio.maven.internal.BuildPipeline;
import dev.folio.maven.internal.BuildTime;
import dev.folio.maven.internal.ProjectPaths;
import dev.folio.maven.internal.RenderStage;
import dev.folio.maven.internal.RenderTarget;
import dev.folio.maven.internal.RendererCatalog;
import dev.folio.model.Diagnostic;
import dev.folio.model.render.RenderScope;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks the content without publishing it: loads every page and translation, reports what the parser
 * finds (front matter, configuration, navigation) and what resolving the site finds (links to missing
 * pages or anchors, unknown icons) as {@code file:line:col: message}. Links are resolved by rendering the
 * website into a scratch folder, {@code ${project.build.directory}/folio-check}; nothing is attached and no
 * PDF is made. Fast enough to bind to {@code validate} in every build; with {@code failOnWarning} it stops
 * the build on the first sign of trouble.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractFolioMojo {

    private static final String RESOLVING_FORMAT = "html";

    /**
     * Fails the build when {@code mkdocs.yml} has anything Folio does not honour (a plugin it cannot run, a
     * Markdown extension, option, theme feature or setting it does not read): a gate for CI before switching. Each
     * is listed with its line and column either way.
     */
    @Parameter(property = "folio.strict", defaultValue = "false")
    private boolean strict;

    @Override
    void reportUnhonoured(List<Diagnostic> unhonoured) throws MojoFailureException {
        for (Diagnostic note : unhonoured) {
            getLog().info(note + " [" + note.code() + "]");
        }
        getLog().info(unhonoured.isEmpty() ? "Folio honours every entry of the configuration"
                : unhonoured.size() + (unhonoured.size() == 1 ? " entry" : " entries")
                        + " of the configuration Folio does not honour");
        if (strict && !unhonoured.isEmpty()) {
            throw new MojoFailureException(unhonoured.size() + (unhonoured.size() == 1 ? " entry" : " entries")
                    + " of the configuration Folio does not honour (folio.strict); they are listed above");
        }
    }

    @Override
    void run(ProjectPaths paths) throws MojoExecutionException, MojoFailureException {
        RendererCatalog catalog = checked(() -> RendererCatalog.load(CheckMojo.class.getClassLoader()));
        List<RenderTarget> targets = List.of();
        if (catalog.has(RESOLVING_FORMAT)) {
            Path scratch = checked(() -> paths.checkOutput(buildDirectory().resolve("folio-check"),
                    "check's scratch folder"));
            targets = List.of(new RenderTarget(catalog.select(List.of(RESOLVING_FORMAT), "check").get(0), scratch));
        } else {
            getLog().warn("No html renderer on the plugin's classpath: links and icons are not checked");
        }
        List<RenderTarget> resolving = targets;
        RenderStage stage = new RenderStage(getLog(), paths.sourceDirectory(), BuildTime.UNSET, Map.of());
        BuildPipeline pipeline = pipeline(paths, stage, () -> resolving, RenderScope::pagesAndTheirSearchIndexes,
                BuildPipeline.Publications.NONE);
        report(paths, pipeline.run(BuildPipeline.NO_MEMORY), true);
    }
}
