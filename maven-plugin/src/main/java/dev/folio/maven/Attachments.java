package dev.folio.maven;

import dev.folio.maven.internal.BuildPipeline;
import dev.folio.maven.internal.PdfClassifiers;
import dev.folio.model.Site;

import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The publications the backends write (the PDF guides), attached to the project: the artifact's type is the file's
 * extension, its classifier the language code (and the part of a split guide) found in its name. Disabled, nothing
 * is attached and every file is labelled as attached files would be, so that the next build knows them.
 */
final class Attachments implements BuildPipeline.Publications {

    private final MavenProject project;
    private final MavenProjectHelper helper;
    private final Log log;
    private final boolean enabled;

    Attachments(MavenProject project, MavenProjectHelper helper, Log log, boolean enabled) {
        this.project = project;
        this.helper = helper;
        this.log = log;
        this.enabled = enabled;
    }

    @Override
    public Map<Path, String> publish(Site site, List<Path> files) {
        Map<Path, String> classified = new PdfClassifiers(site).classify(files);
        if (enabled) {
            files.stream().filter(file -> !classified.containsKey(file)).forEach(file -> log.warn("Not attaching "
                    + file + ": no language code of the site found in its name"));
        }
        attach(classified);
        return classified;
    }

    @Override
    public void publishAgain(Map<Path, String> labelled) {
        Map<Path, String> attached = new LinkedHashMap<>();
        labelled.forEach((file, classifier) -> {
            if (!classifier.isEmpty()) {
                attached.put(file, classifier);
            }
        });
        attach(attached);
    }

    private void attach(Map<Path, String> files) {
        if (!enabled || files.isEmpty()) {
            return;
        }
        // The plugin names no backend's file types: the type is the extension.
        files.forEach((file, classifier) -> helper.attachArtifact(project, extension(file), classifier, file.toFile()));
        log.info("Attached " + files.size() + " PDF" + (files.size() == 1 ? "" : "s")
                + " to the project, classifiers " + files.values());
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
