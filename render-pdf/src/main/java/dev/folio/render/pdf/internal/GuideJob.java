package dev.folio.render.pdf.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.Diagnostics;
import dev.folio.model.Language;
import dev.folio.model.ProjectRoot;
import dev.folio.model.Site;
import dev.folio.model.SourcePosition;
import dev.folio.model.render.FileKind;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

import dev.folio.render.pdf.internal.chunked.ChunkedGuide;

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
        GuideOutput output = GuideOutput.of(context.option(GuideOutput.OPTION), context.diagnostics());
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
                futures.add(pool.submit(() -> renderOne(site, guide, context, parts, output)));
            }
            // Said at once, so the build's progress line counts guides from the start (one guide takes seconds).
            context.progress().update(0, futures.size(), "guides");
            List<Path> files = new ArrayList<>();
            Map<Path, FileKind> kinds = new HashMap<>();
            int pdfs = 0;
            int pages = 0;
            int done = 0;
            for (Future<Optional<Written>> future : futures) {
                Optional<Written> written = join(future);
                if (written.isPresent()) {
                    written.get().pdf().ifPresent(pdf -> {
                        files.add(pdf);
                        kinds.put(pdf, FileKind.PUBLICATION);
                    });
                    written.get().xhtml().ifPresent(xhtml -> {
                        files.add(xhtml);
                        kinds.put(xhtml, FileKind.OTHER);
                    });
                    pdfs += written.get().pdf().isPresent() ? 1 : 0;
                    pages += written.get().pages();
                }
                context.progress().update(++done, futures.size(), "guides");
            }
            String summary = output.pdf ? pdfs + (pdfs == 1 ? " PDF, " : " PDFs, ") + pages + " pages" : "";
            int xhtml = files.size() - pdfs;
            if (output.xhtml) {
                summary += (summary.isEmpty() ? "" : ", ") + xhtml + " print XHTML file" + (xhtml == 1 ? "" : "s");
            }
            return new RenderResult("pdf", files, summary, kinds);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Written(Optional<Path> pdf, Optional<Path> xhtml, int pages) {
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

    private static Optional<Written> renderOne(Site site, Guide guide, RenderContext context, int chunks,
            GuideOutput output) {
        Language language = guide.language();
        List<Path> roots = new ArrayList<>();
        site.sourceRoot(language.code()).ifPresent(roots::add);
        site.sourceRoot(site.config().defaultLanguage()).ifPresent(roots::add);
        if (roots.isEmpty()) {
            roots.add(context.sourceDirectory());
        }
        List<Path> icons = iconFolders(site, context);
        Optional<Path> xhtml = Optional.empty();
        if (output.xhtml) {
            // Beside a PDF, its diagnostics are the PDF's: the XHTML's own are not reported twice.
            DiagnosticSink sink = output.pdf ? new Diagnostics() : context.diagnostics();
            String document = new GuideDocument(site, guide, new Resources(roots, icons, sink), sink)
                    .write(context.buildTime());
            Path file = context.outputDirectory().resolve(GuideOutput.xhtmlName(guide.fileName()));
            try {
                GuideFile.writeAtomically(file, document.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            xhtml = Optional.of(file.toAbsolutePath());
        }
        if (!output.pdf) {
            return Optional.of(new Written(Optional.empty(), xhtml, 0));
        }
        boolean tagged = !context.option("pdf.tagged").map("false"::equalsIgnoreCase).orElse(false);
        boolean archival = context.option("pdf.pdfa").map("true"::equalsIgnoreCase).orElse(false);
        Optional<PdfEngine.Rendered> printed = new GuidePrinter(site, guide,
                sink -> new Resources(roots, icons, sink), new GuideRenderer(tagged, archival), context.buildTime(),
                context.diagnostics(), chunks).print();
        if (printed.isEmpty()) {
            return xhtml.map(file -> new Written(Optional.empty(), Optional.of(file), 0));
        }
        PdfEngine.Rendered pdf = printed.get();
        Path file = context.outputDirectory().resolve(guide.fileName());
        try {
            GuideFile.writeAtomically(file, pdf.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Written(Optional.of(file.toAbsolutePath()), xhtml, pdf.pages()));
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
