package dev.folio.maven;

import dev.folio.maven.internal.AffectedPages;
import dev.folio.maven.internal.BuildState;
import dev.folio.maven.internal.Fingerprint;
import dev.folio.maven.internal.Increment;
import dev.folio.maven.internal.PageShape;
import dev.folio.maven.internal.PdfClassifiers;
import dev.folio.maven.internal.RenderStage;
import dev.folio.maven.internal.RenderTarget;
import dev.folio.maven.internal.StaleOutputs;
import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.render.FileKind;
import dev.folio.model.render.PageKey;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.RenderScope;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The work of the goals that write output: render every target, attach the PDFs, and remember what was
 * written so that the next build with the same input does nothing, and the next build after an edit to a
 * few pages renders only what they affect ({@link AffectedPages}) and removes what is gone.
 */
final class RenderWork implements AbstractFolioMojo.SiteWork {


    /**
     * Where the up-to-date check keeps its state, the state the last build left there (read once: it is a few MB
     * for a large site), and the fingerprint of this build's input.
     */
    record UpToDateCheck(Path stateFile, Optional<BuildState> last, Fingerprint.Result fingerprint, Path sourceDirectory,
            boolean force) {
    }

    private final Log log;
    private final RenderStage stage;
    private final List<RenderTarget> targets;
    private final UpToDateCheck check;
    private final Attachments attachments;
    private final Map<Path, String> written = new LinkedHashMap<>();
    /** The pages' shapes, for the next build: found beside the render, which does not need them. */
    private CompletableFuture<Map<String, String>> shapes = CompletableFuture.completedFuture(Map.of());
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

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
        Optional<BuildState> last = check.last().filter(s -> s.isCurrent(check.fingerprint().value()));
        last.ifPresent(state -> {
            int files = check.fingerprint().sourceFiles();
            log.info("Up to date: " + formats() + ", " + files + " source file" + (files == 1 ? "" : "s")
                    + " and the settings unchanged since the last build;"
                    + " nothing rendered (-Dfolio.force=true renders anyway)");
            attachments.attach(pdfsOf(state.outputs()));
        });
        return last.map(BuildState::diagnostics);
    }

    @Override
    public void run(Site site, DiagnosticSink diagnostics) throws MojoExecutionException {
        shapes = CompletableFuture.supplyAsync(() -> PageShape.of(site));
        Optional<BuildState> last = check.force() ? Optional.empty() : check.last();
        Optional<Set<PageKey>> only = last.flatMap(state -> affected(site, state));
        RenderScope scope = only.map(RenderScope::pagesAndTheirSearchIndexes).orElse(RenderScope.EVERYTHING);
        List<RenderResult> results = stage.run(site, targets, diagnostics, scope);
        List<Path> files = new ArrayList<>();
        results.forEach(result -> files.addAll(result.files()));

        if (only.isPresent()) {
            // Unchanged pages keep their files and the diagnostics the last build found in them.
            BuildState state = last.get();
            written.putAll(state.outputs());
            List<Path> rendered = renderedFiles(site, only.get());
            state.diagnostics().stream().filter(d -> rendered.stream().noneMatch(file -> names(file, d)))
                    .forEach(diagnostics::report);
        } else if (last.isPresent()) {
            removeStale(last.get(), files);
        }
        // The publications the backends wrote (PDF guides) are attached, each under its language as classifier.
        List<Path> publications = new ArrayList<>();
        results.forEach(result -> publications.addAll(result.files(FileKind.PUBLICATION)));
        Map<Path, String> classified = new PdfClassifiers(site).classify(publications);
        publications.stream().filter(file -> !classified.containsKey(file)).filter(file -> attachments.enabled)
                .forEach(file -> log.warn("Not attaching " + file + ": no language code of the site found in its name"));
        files.forEach(file -> written.put(file, classified.getOrDefault(file, "")));
        attachments.attach(classified);
    }

    /** The pages to render after an edit, or empty to render all. */
    private Optional<Set<PageKey>> affected(Site site, BuildState state) {
        Fingerprint.Result now = check.fingerprint();
        if (state.settings().isEmpty() || !state.settings().equals(now.settings()) || !state.outputsPresent()) {
            return Optional.empty();
        }
        Set<String> changed = new TreeSet<>();
        now.files().forEach((name, hash) -> {
            if (!hash.equals(state.files().get(name))) {
                changed.add(name);
            }
        });
        state.files().keySet().stream().filter(name -> !now.files().containsKey(name)).forEach(changed::add);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        List<Path> paths = changed.stream().map(name -> check.sourceDirectory().resolve(name)).toList();
        Optional<Set<PageKey>> keys = new Increment(state.shapes()).affected(site, paths);
        keys.ifPresentOrElse(
                k -> log.info("Changed since the last build: " + String.join(", ", changed) + "; rendering "
                        + k.size() + " page" + (k.size() == 1 ? "" : "s") + " of the website ("
                        + String.join(", ", new TreeSet<>(k.stream().map(key -> key.language() + ":"
                                + key.sourcePath()).toList())) + ")"
                        + (targets.size() > 1 ? "; other formats in full" : "")),
                () -> log.info("Changed since the last build: " + (changed.size() > 5
                        ? changed.size() + " files" : String.join(", ", changed)) + "; rendering everything"));
        return keys;
    }

    /** The source files of the pages rendered, absolute. */
    private List<Path> renderedFiles(Site site, Set<PageKey> keys) {
        List<Path> files = new ArrayList<>();
        for (PageKey key : keys) {
            site.page(key.language(), key.sourcePath()).map(Page::sourceFile)
                    .ifPresent(file -> files.add(check.sourceDirectory().resolve(file).normalize()));
        }
        return files;
    }

    /** Whether a diagnostic is about the file: its name, from the project or the source directory, ends the path. */
    private static boolean names(Path file, Diagnostic diagnostic) {
        try {
            return !diagnostic.position().file().isEmpty() && file.endsWith(Path.of(diagnostic.position().file()));
        } catch (java.nio.file.InvalidPathException notAPath) {
            return false;
        }
    }

    private void removeStale(BuildState state, List<Path> files) {
        try {
            int removed = StaleOutputs.remove(state.outputs().keySet(), files,
                    targets.stream().map(RenderTarget::outputDirectory).toList());
            if (removed > 0) {
                log.info("Removed " + removed + " file" + (removed == 1 ? "" : "s")
                        + " the last build wrote and this one did not");
            }
        } catch (IOException unremovable) {
            log.warn("Cannot remove a file the last build wrote: " + unremovable);
        }
    }

    /** Saves the state for the next build while the diagnostics are logged; {@link #afterReport} waits for it. */
    @Override
    public void finish(List<Diagnostic> diagnostics) {
        Fingerprint.Result fingerprint = check.fingerprint();
        saving = shapes.thenAcceptAsync(pageShapes -> {
            try {
                new BuildState(fingerprint.value(), written, diagnostics, fingerprint.settings(), fingerprint.files(),
                        fingerprint.stamps(), pageShapes).write(check.stateFile());
            } catch (IOException unwritable) {
                log.warn("Cannot save the state of this build for the next one, which will render again: " + unwritable);
            }
        });
    }

    @Override
    public void afterReport() {
        saving.join();
    }

    private String formats() {
        return targets.stream().map(RenderTarget::format).collect(Collectors.joining(", "));
    }

    private static Map<Path, String> pdfsOf(Map<Path, String> outputs) {
        Map<Path, String> pdfs = new LinkedHashMap<>();
        outputs.forEach((file, classifier) -> {
            if (!classifier.isEmpty()) {
                pdfs.put(file, classifier);
            }
        });
        return pdfs;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Attaches the publications to the project, type = extension, classifier = language (and part); or not at all. */
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
            // The artifact's type is the file's extension: the plugin names no backend's file types.
            pdfs.forEach((pdf, classifier) -> helper.attachArtifact(project, extension(pdf), classifier, pdf.toFile()));
            log.info("Attached " + pdfs.size() + " PDF" + (pdfs.size() == 1 ? "" : "s")
                    + " to the project, classifiers " + pdfs.values());
        }
    }
}
