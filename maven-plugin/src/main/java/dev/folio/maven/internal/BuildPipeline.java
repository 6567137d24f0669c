package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.render.FileKind;
import dev.folio.model.render.PageKey;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.RenderScope;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One build, as every goal runs it: <b>plan</b> (what the last build left, what changed since) → <b>load</b> (the
 * whole site, or only the edited pages again) → <b>scope</b> (everything, or the pages an edit affects, by the
 * {@link Increment} rules) → <b>render</b> (and publish what the backends call publications) → <b>report</b> (the
 * diagnostics, named from the project) → <b>save</b> (what the next build needs). {@code build}, {@code html},
 * {@code pdf} and {@code check} run it once, their {@link Memory} on disk or none; {@code serve} runs it once per
 * burst of saves, its memory in the JVM. The goals only set it up and say what to do with its {@link Outcome}.
 */
public final class BuildPipeline {

    private final Log log;
    private final ProjectPaths paths;
    private final SiteLoader loader;
    private final LanguageSelection selection;
    private final RenderStage stage;
    private final Supplier<List<RenderTarget>> targets;
    private final Function<Set<PageKey>, RenderScope> partialScope;
    private final Publications publications;
    private List<RenderTarget> current = List.of();

    /**
     * @param targets      the renderers and their folders, asked again before each full render (a preview takes a
     *                     fresh renderer then, so that an edited theme is read again)
     * @param partialScope what a render limited to some pages writes: {@link RenderScope#pagesAndTheirSearchIndexes}
     *                     for a build, {@link RenderScope#pages} for a preview, which writes the indexes later
     */
    public BuildPipeline(Log log, ProjectPaths paths, SiteLoader loader, LanguageSelection selection, RenderStage stage,
            Supplier<List<RenderTarget>> targets, Function<Set<PageKey>, RenderScope> partialScope,
            Publications publications) {
        this.log = log;
        this.paths = paths;
        this.loader = loader;
        this.selection = selection;
        this.stage = stage;
        this.targets = targets;
        this.partialScope = partialScope;
        this.publications = publications;
    }

    /** What a build leaves for the next one. */
    public record Last(Optional<Site> site, Increment increment, Map<Path, String> outputs,
            List<Diagnostic> diagnostics) {

        public Last {
            outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
            diagnostics = List.copyOf(diagnostics);
        }

        /** Nothing rendered yet; {@code leftovers} are files in the output folders a full render removes. */
        public static Last leftovers(Map<Path, String> leftovers) {
            return new Last(Optional.empty(), new Increment(Map.of()), leftovers, List.of());
        }
    }

    /** What the plan phase decides. */
    public sealed interface Plan {

        /** The output is current: nothing is loaded or written, and the last build's diagnostics stand. */
        record UpToDate(Map<Path, String> outputs, List<Diagnostic> diagnostics) implements Plan {
        }

        /**
         * @param last   the last build, when it is known and its output is there to build on
         * @param edited the files edited since, absolute; empty when everything is to be rendered
         */
        record Render(Optional<Last> last, Optional<Set<Path>> edited) implements Plan {
        }
    }

    /** Where the pipeline's memory lives: the plan and save phases. */
    public interface Memory {

        Plan plan() throws MojoExecutionException;

        /** Keeps what the next build needs; may go on after it returns, until the future completes. */
        CompletableFuture<Void> save(Last next);
    }

    /** The memory of a goal that always renders everything and keeps nothing ({@code check}). */
    public static final Memory NO_MEMORY = new Memory() {

        @Override
        public Plan plan() {
            return new Plan.Render(Optional.empty(), Optional.empty());
        }

        @Override
        public CompletableFuture<Void> save(Last next) {
            return CompletableFuture.completedFuture(null);
        }
    };

    /** What happens to the files the backends call publications (the PDF guides): a label each, or none. */
    public interface Publications {

        Publications NONE = new Publications() {
            @Override
            public Map<Path, String> publish(Site site, List<Path> files) {
                return Map.of();
            }

            @Override
            public void publishAgain(Map<Path, String> labelled) {
            }
        };

        /** @return the label of each file published (a Maven classifier) */
        Map<Path, String> publish(Site site, List<Path> files);

        /** The labelled files of an up-to-date build, published as the build that wrote them did. */
        void publishAgain(Map<Path, String> labelled);
    }

    /**
     * @param site        the site rendered; empty when the output was up to date
     * @param pages       the pages rendered when an edit did not need everything
     * @param results     each backend's result, in the order of the targets
     * @param diagnostics everything known of the site now: this run's, and the last build's about what it kept
     * @param fresh       what this run found: the edited pages' and the renderers'; all of them after a full render
     * @param next        what the next build builds on
     * @param saved       completes when the memory has saved {@code next}
     */
    public record Outcome(Optional<Site> site, Optional<Set<PageKey>> pages, List<RenderResult> results,
            List<Diagnostic> diagnostics, List<Diagnostic> fresh, Last next, CompletableFuture<Void> saved) {

        /** Every file written, of every format. */
        public List<Path> files() {
            List<Path> files = new ArrayList<>();
            results.forEach(result -> files.addAll(result.files()));
            return files;
        }
    }

    /** Plans, loads, scopes, renders, reports and saves; problems with the content are diagnostics, not exceptions. */
    public Outcome run(Memory memory) throws MojoExecutionException {
        Plan plan = memory.plan();
        if (plan instanceof Plan.UpToDate current) {
            publications.publishAgain(current.outputs());
            Last same = new Last(Optional.empty(), new Increment(Map.of()), current.outputs(), current.diagnostics());
            return new Outcome(Optional.empty(), Optional.empty(), List.of(), current.diagnostics(),
                    current.diagnostics(), same, CompletableFuture.completedFuture(null));
        }
        Plan.Render render = (Plan.Render) plan;
        Optional<Last> last = render.last();
        Optional<Set<Path>> edited = render.edited().filter(files -> last.isPresent() && !files.isEmpty());

        Loaded loaded = load(last.flatMap(Last::site), edited);
        Site site = loaded.selected();
        if (current.isEmpty()) {
            // A build in a new JVM whose edit is partial still renders in every format the build has.
            current = targets.get();
        }
        Optional<Set<PageKey>> pages = scope(site, last, edited);
        CompletableFuture<Increment> increment = CompletableFuture.supplyAsync(() -> pages.isPresent()
                ? last.get().increment().after(site, pages) : Increment.of(site));

        if (pages.isEmpty()) {
            current = targets.get();
        }
        Diagnostics rendering = new Diagnostics();
        List<RenderResult> results = stage.run(site, current, rendering,
                pages.map(partialScope).orElse(RenderScope.EVERYTHING));
        List<Path> files = new ArrayList<>();
        results.forEach(result -> files.addAll(result.files()));
        List<Path> published = new ArrayList<>();
        results.forEach(result -> published.addAll(result.files(FileKind.PUBLICATION)));
        Map<Path, String> labels = publications.publish(site, published);

        Map<Path, String> outputs = new LinkedHashMap<>();
        if (pages.isPresent()) {
            outputs.putAll(last.get().outputs());
        } else if (last.isPresent()) {
            removeStale(last.get().outputs().keySet(), files);
        }
        files.forEach(file -> outputs.put(file, labels.getOrDefault(file, "")));

        Report report = report(loaded, last, edited, pages, rendering.sorted());
        Last next = new Last(Optional.of(site), increment.join(), outputs, report.all());
        return new Outcome(Optional.of(site), pages, results, report.all(), report.fresh(), next, memory.save(next));
    }

    private record Loaded(Site full, Site selected) {
    }

    /** Load: the edited pages parsed again into the last site when only pages changed, else the whole site. */
    private Loaded load(Optional<Site> last, Optional<Set<Path>> edited) throws MojoExecutionException {
        if (last.isPresent() && edited.isPresent() && Increment.pagesOnly(last.get(), edited.get())) {
            // Configuration and dialect are read again too; only the unchanged pages are taken over.
            Site full = loader.reload(last.get(), paths.sourceDirectory(), edited.get());
            return new Loaded(full, selection.apply(full));
        }
        // Checked before loading, so a wrong code fails at once; the others are then never read. Without a
        // selection there is nothing to check, and the configuration is not read twice.
        int available;
        try {
            available = selection.isAll() ? 0 : selection.check(loader.languages(paths.sourceDirectory()));
        } catch (IllegalArgumentException | IllegalStateException wrong) {
            throw new MojoExecutionException(wrong.getMessage(), wrong);
        }
        Site full;
        try {
            full = loader.load(paths.sourceDirectory());
        } catch (RuntimeException | LinkageError bug) {
            throw new MojoExecutionException("Folio could not load the site in " + paths.sourceDirectory() + ": " + bug,
                    bug);
        }
        Site selected;
        try {
            selected = selection.apply(full);
        } catch (IllegalArgumentException | IllegalStateException wrong) {
            throw new MojoExecutionException(wrong.getMessage(), wrong);
        }
        if (!selection.isAll()) {
            log.info("Building " + selected.languages().size() + " of the site's " + available
                    + " languages (languages parameter)");
        }
        return new Loaded(full, selected);
    }

    /** Scope: the pages an edit affects, or empty to render everything. */
    private Optional<Set<PageKey>> scope(Site site, Optional<Last> last, Optional<Set<Path>> edited) {
        if (edited.isEmpty()) {
            return Optional.empty();
        }
        Optional<Set<PageKey>> keys = last.get().increment().affected(site, edited.get());
        Set<String> names = new TreeSet<>();
        edited.get().forEach(file -> names.add(shown(file)));
        keys.ifPresentOrElse(
                k -> log.info("Changed since the last build: " + String.join(", ", names) + "; rendering "
                        + Plural.of(k.size(), "page") + " of the website ("
                        + String.join(", ", new TreeSet<>(k.stream().map(key -> key.language() + ":"
                                + key.sourcePath()).toList())) + ")"
                        + (current.size() > 1 ? "; other formats in full" : "")),
                () -> log.info("Changed since the last build: " + (names.size() > 5
                        ? names.size() + " files" : String.join(", ", names)) + "; rendering everything"));
        return keys;
    }

    private String shown(Path file) {
        Path source = paths.sourceDirectory().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(source) ? source.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private record Report(List<Diagnostic> all, List<Diagnostic> fresh) {
    }

    /**
     * Report: after a full render, the site's diagnostics and the renderers'; after a partial one, the last build's
     * about the pages not rendered again are kept, and what is fresh is the edited pages' and the renderers'.
     */
    private Report report(Loaded loaded, Optional<Last> last, Optional<Set<Path>> edited,
            Optional<Set<PageKey>> pages, List<Diagnostic> rendering) {
        Site site = loaded.selected();
        List<Diagnostic> own = selection.diagnostics(loaded.full(), site);
        List<Diagnostic> all = new ArrayList<>();
        List<Diagnostic> fresh = new ArrayList<>();
        if (pages.isPresent()) {
            List<Path> rendered = sourceFiles(site, pages.get());
            last.get().diagnostics().stream().filter(d -> rendered.stream().noneMatch(file -> names(file, d)))
                    .forEach(all::add);
            for (Path file : edited.orElseThrow()) {
                AffectedPages.pageOf(site, file).map(Page::diagnostics).ifPresent(fresh::addAll);
            }
        } else {
            fresh.addAll(own);
        }
        all.addAll(own);
        all.addAll(rendering);
        fresh.addAll(rendering);
        List<Path> roots = new ArrayList<>();
        roots.add(paths.sourceDirectory());
        loaded.full().languages().forEach(language -> loaded.full().sourceRoot(language.code()).ifPresent(roots::add));
        return new Report(paths.fromProject(sorted(all), roots), paths.fromProject(sorted(fresh), roots));
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Diagnostic.BY_POSITION);
        return copy;
    }

    /** The source files of the pages rendered, absolute. */
    private List<Path> sourceFiles(Site site, Set<PageKey> keys) {
        List<Path> files = new ArrayList<>();
        for (PageKey key : keys) {
            site.page(key.language(), key.sourcePath()).map(Page::sourceFile)
                    .ifPresent(file -> files.add(paths.sourceDirectory().resolve(file).normalize()));
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

    private void removeStale(Set<Path> previous, List<Path> written) {
        try {
            int removed = StaleOutputs.remove(previous, written,
                    current.stream().map(RenderTarget::outputDirectory).toList());
            if (removed > 0) {
                log.info("Removed " + Plural.of(removed, "file") + " the last build wrote and this one did not");
            }
        } catch (IOException unremovable) {
            log.warn("Cannot remove a file the last build wrote: " + unremovable);
        }
    }

    /** The targets of the last full render: where a preview writes its search indexes later. */
    public List<RenderTarget> targets() {
        return current;
    }

    /** The render stage, for work that follows a run (a preview's search indexes). */
    public RenderStage stage() {
        return stage;
    }
}
