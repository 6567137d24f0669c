package dev.folio.render.pdf.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.ProjectRoot;
import dev.folio.model.Site;
import dev.folio.model.SourcePosition;
import dev.folio.model.render.FileKind;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders the guides of every language of a site, cut as option {@code pdf.split} says
 * ({@link GuideSplit}), in parallel, and writes them atomically.
 */
public final class GuideJob {
    private GuideJob() {
    }

    public static RenderResult renderAll(Site site, RenderContext context) throws IOException {
        Files.createDirectories(context.outputDirectory());
        GuideSplit split = GuideSplit.of(context.option(GuideSplit.OPTION), context.diagnostics());
        List<Guide> guides = new ArrayList<>();
        for (Language language : site.languages()) {
            guides.addAll(split.guides(site, language));
        }
        java.util.OptionalInt chunks = ChunkedGuide.requested(context.option(ChunkedGuide.OPTION), context.diagnostics());
        int threads = Math.max(1, Math.min(guides.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "folio-pdf");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Optional<Written>>> futures = new ArrayList<>();
            for (Guide guide : guides) {
                int parts = ChunkedGuide.count(chunks, guide.pages().size(), guides.size(),
                        Runtime.getRuntime().availableProcessors());
                futures.add(pool.submit(() -> renderOne(site, guide, context, parts)));
            }
            // Said at once, so the build's progress line counts guides from the start (one guide takes seconds).
            context.progress().update(0, futures.size(), "guides");
            List<Path> files = new ArrayList<>();
            int pages = 0;
            int done = 0;
            for (Future<Optional<Written>> future : futures) {
                Optional<Written> written = join(future);
                if (written.isPresent()) {
                    files.add(written.get().file());
                    pages += written.get().pages();
                }
                context.progress().update(++done, futures.size(), "guides");
            }
            Map<Path, FileKind> kinds = new HashMap<>();
            files.forEach(file -> kinds.put(file, FileKind.PUBLICATION));
            return new RenderResult("pdf", files, files.size() + (files.size() == 1 ? " PDF, " : " PDFs, ") + pages
                    + " pages", kinds);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Written(Path file, int pages) {
    }

    private static Optional<Written> join(Future<Optional<Written>> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing PDF guides", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("cannot write PDF guides: " + e.getCause(), e.getCause());
        }
    }

    private static Optional<Written> renderOne(Site site, Guide guide, RenderContext context, int chunks) {
        Language language = guide.language();
        List<Path> roots = new ArrayList<>();
        site.sourceRoot(language.code()).ifPresent(roots::add);
        site.sourceRoot(site.config().defaultLanguage()).ifPresent(roots::add);
        if (roots.isEmpty()) {
            roots.add(context.sourceDirectory());
        }
        List<Path> icons = iconFolders(site, context);
        boolean tagged = !context.option("pdf.tagged").map("false"::equalsIgnoreCase).orElse(false);
        boolean archival = context.option("pdf.pdfa").map("true"::equalsIgnoreCase).orElse(false);
        Optional<PdfEngine.Rendered> printed = new GuidePrinter(site, guide,
                sink -> new Resources(roots, icons, sink), new GuideRenderer(tagged, archival), context.buildTime(),
                context.diagnostics(), chunks).print();
        if (printed.isEmpty()) {
            return Optional.empty();
        }
        PdfEngine.Rendered pdf = printed.get();
        Path file = context.outputDirectory().resolve(guide.fileName());
        try {
            GuideFile.writeAtomically(file, pdf.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Written(file.toAbsolutePath(), pdf.pages()));
    }

    /** Custom icon folders as MkDocs Material finds them: the theme's {@code custom_dir}, or {@code overrides}. */
    private static List<Path> iconFolders(Site site, RenderContext context) {
        Path project = context.sourceDirectory().toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        if (site.config().raw().get("theme") instanceof Map<?, ?> theme
                && theme.get("custom_dir") instanceof String dir) {
            Path custom = project.resolve(dir).normalize();
            if (custom.startsWith(project)) {
                folders.add(custom.resolve(".icons"));
            }
        }
        folders.add(project.resolve("overrides").resolve(".icons"));
        // By their real paths, and only those whose links stay inside the project.
        ProjectRoot confinement = site.projectRoot().orElseGet(() -> ProjectRoot.of(project));
        return folders.stream().filter(Files::isDirectory).map(confinement::resolve).flatMap(Optional::stream)
                .distinct().toList();
    }
}
