package dev.folio.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import java.util.List;

import javax.inject.Inject;

/**
 * Builds the site in every format: loads the Markdown pages and their translations from
 * {@code sourceDirectory}, then runs every renderer on the plugin's classpath ({@code html} and
 * {@code pdf} by default; a jar added to the plugin's {@code <dependencies>} that registers a
 * {@code dev.folio.model.render.Renderer} adds its format), or those named in {@code formats}.
 * Diagnostics are logged as {@code file:line:col: message}; PDFs are attached to the project.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE,
        threadSafe = true, requiresProject = false)
public class BuildMojo extends AbstractRenderMojo {

    /**
     * The formats to build, by name ({@code html}, {@code pdf}); empty builds every format found. On the
     * command line: {@code -Dfolio.formats=html,pdf}.
     */
    @Parameter(property = "folio.formats")
    private List<String> formats;

    @Inject
    public BuildMojo(MavenProjectHelper projectHelper) {
        super(projectHelper);
    }

    @Override
    List<String> formats() {
        return formats == null ? List.of() : formats.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    @Override
    String formatsSetting() {
        return "formats";
    }
}
