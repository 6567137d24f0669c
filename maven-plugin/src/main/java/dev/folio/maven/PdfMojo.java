package dev.folio.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProjectHelper;

import java.util.List;

import javax.inject.Inject;

/**
 * Builds the PDF guides only, one per language: the {@code pdf} format, into
 * {@code ${project.build.directory}} unless {@code outputDirectories} names another folder. The PDFs
 * are attached to the project (type {@code pdf}, classifier = language).
 */
@Mojo(name = "pdf", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class PdfMojo extends AbstractRenderMojo {

    @Inject
    public PdfMojo(MavenProjectHelper projectHelper) {
        super(projectHelper);
    }

    @Override
    List<String> formats() {
        return List.of("pdf");
    }

    @Override
    String formatsSetting() {
        return "goal pdf";
    }
}
