package dev.folio.maven;

import dev.folio.maven.internal.BuildState;
import dev.folio.maven.internal.PdfClassifiers;
import dev.folio.maven.internal.RenderStage;
import dev.folio.maven.internal.RenderTarget;
import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.Language;
import dev.folio.model.Site;
import dev.folio.model.render.RenderResult;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The work of the goals that write output: render every target, attach the PDFs, and remember what was
 * written so that the next build with the same input does nothing.
 */
final class RenderWork implements AbstractFolioMojo.SiteWork {

    /** Where the up-to-date check keeps its state, and the fingerprint of this build's input. */
    record UpToDateCheck(Path stateFile, String fingerprint, int sourceFiles, boolean force) {
    }

    private final Log log;
    private final RenderStage stage;
    private final List<RenderTarget> targets;
    private final UpToDateCheck check;
    private final Attachments attachments;
    private final Map<Path, String> written = new LinkedHashMap<>();

    RenderWork(Log log, RenderStage stage, List<RenderTarget> targets, UpToDateCheck check, Attachments attachments) {
        this.log = log;
        this.stage = stage;
        this.targets = List.copyOf(targets);
        this.check = check;
        this.attachments = attachments;
    }

    @Override
    public Optional<List<Diagnostic>> reuse() {
        if (check.force()) {
            return Optional.empty();
        }
        Optional<BuildState> last = BuildState.read(check.stateFile()).filter(s -> s.isCurrent(check.fingerprint()));
        last.ifPresent(state -> {
            log.info("Up to date: " + formats() + ", " + check.sourceFiles() + " source file"
                    + (check.sourceFiles() == 1 ? "" : "s") + " and the settings unchanged since the last build;"
                    + " nothing rendered (-Dfolio.force=true renders anyway)");
            attachments.attach(pdfsOf(state.outputs()));
        });
        return last.map(BuildState::diagnostics);
    }

    @Override
    public void run(Site site, DiagnosticSink diagnostics) throws MojoExecutionException {
        List<RenderResult> results = stage.run(site, targets, diagnostics);
        List<Path> files = new ArrayList<>();
        results.forEach(result -> files.addAll(result.files()));
        Map<Path, String> pdfs = new PdfClassifiers(site).classify(files);
        files.stream().filter(PdfClassifiers::isPdf).filter(pdf -> !pdfs.containsKey(pdf)).filter(pdf -> attachments.enabled)
                .forEach(pdf -> log.warn("Not attaching " + pdf + ": its name ends with none of the site's languages "
                        + site.languages().stream().map(Language::code).collect(Collectors.joining(", "))));
        files.forEach(file -> written.put(file, pdfs.getOrDefault(file, "")));
        attachments.attach(pdfs);
    }

    @Override
    public void finish(List<Diagnostic> diagnostics) throws MojoExecutionException {
        try {
            new BuildState(check.fingerprint(), written, diagnostics).write(check.stateFile());
        } catch (IOException unwritable) {
            log.warn("Cannot save the state of this build for the next one, which will render again: " + unwritable);
        }
    }

    private String formats() {
        return targets.stream().map(RenderTarget::format).collect(Collectors.joining(", "));
    }

    private static Map<Path, String> pdfsOf(Map<Path, String> outputs) {
        Map<Path, String> pdfs = new LinkedHashMap<>();
        outputs.forEach((file, language) -> {
            if (!language.isEmpty()) {
                pdfs.put(file, language);
            }
        });
        return pdfs;
    }

    /** Attaches the PDFs to the project, type {@code pdf}, classifier = language; or nothing when off. */
    static final class Attachments {

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

        void attach(Map<Path, String> pdfs) {
            if (!enabled || pdfs.isEmpty()) {
                return;
            }
            pdfs.forEach((pdf, language) -> helper.attachArtifact(project, "pdf", language, pdf.toFile()));
            log.info("Attached " + pdfs.size() + " PDF" + (pdfs.size() == 1 ? "" : "s")
                    + " to the project, classifiers " + pdfs.values());
        }
    }
}
