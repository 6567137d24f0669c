package dev.folio.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProjectHelper;

import java.util.List;

import javax.inject.Inject;

/**
 * Builds the website only: the {@code html} format, into {@code outputDirectory}
 * ({@code target/site} by default). Faster than {@code build} while writing.
 */
@Mojo(name = "html", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class HtmlMojo extends AbstractRenderMojo {

    @Inject
    public HtmlMojo(MavenProjectHelper projectHelper) {
        super(projectHelper);
    }

    @Override
    List<String> formats() {
        return List.of("html");
    }

    @Override
    String formatsSetting() {
        return "goal html";
    }
}
