package dev.folio.render.pdf.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.Diagnostics;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePosition;
import dev.folio.render.pdf.internal.chunked.ChunkedGuide;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints one guide. Should the engine fail on some page, the pages are tried one
 * by one, the ones it cannot print are left out with an error naming them, and the guide is
 * printed with the rest: one bad page never costs a whole guide.
 */
final class GuidePrinter {
    private final Site site;
    private final Guide guide;
    private final Resources.Factory resources;
    private final PdfEngine engine;
    private final Instant buildTime;
    private final DiagnosticSink diagnostics;
    private final String fileName;
    private final int chunks;

    GuidePrinter(Site site, Guide guide, Resources.Factory resources, PdfEngine engine, Instant buildTime,
            DiagnosticSink diagnostics) {
        this(site, guide, resources, engine, buildTime, diagnostics, 1);
    }

    /** @param chunks how many documents to print the guide in at once ({@link ChunkedGuide}) */
    GuidePrinter(Site site, Guide guide, Resources.Factory resources, PdfEngine engine, Instant buildTime,
            DiagnosticSink diagnostics, int chunks) {
        this.chunks = chunks;
        this.site = site;
        this.guide = guide;
        this.resources = resources;
        this.engine = engine;
        this.buildTime = buildTime;
        this.diagnostics = diagnostics;
        this.fileName = guide.fileName();
    }

    Optional<PdfEngine.Rendered> print() {
        List<Page> pages = guide.pages();
        Diagnostics found = new Diagnostics();
        try {
            PdfEngine.Rendered rendered = render(pages, found);
            found.sorted().forEach(diagnostics::report);
            return Optional.of(rendered);
        } catch (IOException | RuntimeException | StackOverflowError failure) {
            return printWithout(unprintable(pages), pages, failure);
        }
    }

    private List<Page> unprintable(List<Page> pages) {
        List<Page> failing = new ArrayList<>();
        for (Page page : pages) {
            try {
                render(List.of(page), new Diagnostics());
            } catch (IOException | RuntimeException | StackOverflowError failure) {
                failing.add(page);
                diagnostics.report(Diagnostic.error("pdf-page-left-out", "the page is left out of " + fileName
                        + ": the PDF engine failed on it (" + failure + ")", SourcePosition.of(page.sourceFile(), 0, 0)));
            }
        }
        return failing;
    }

    private Optional<PdfEngine.Rendered> printWithout(List<Page> failing, List<Page> pages, Throwable failure) {
        List<Page> rest = new ArrayList<>(pages);
        rest.removeAll(failing);
        if (!failing.isEmpty() && !rest.isEmpty()) {
            Diagnostics found = new Diagnostics();
            try {
                PdfEngine.Rendered rendered = render(rest, found);
                found.sorted().forEach(diagnostics::report);
                return Optional.of(rendered);
            } catch (IOException | RuntimeException | StackOverflowError again) {
                failure = again;
            }
        }
        diagnostics.report(Diagnostic.error("pdf-render-failed", fileName + ": the " + guide.language().code()
                + " guide could not be printed: " + failure, SourcePosition.UNKNOWN));
        return Optional.empty();
    }

    private PdfEngine.Rendered render(List<Page> pages, DiagnosticSink sink) throws IOException {
        Resources guideResources = resources.create(sink);
        Guide printed = guide.withPages(pages);
        if (chunks > 1 && pages.size() >= chunks && printed.frontMatter() && engine instanceof GuideRenderer renderer) {
            return new ChunkedGuide(site, printed, guideResources, renderer, buildTime, sink, chunks)
                    .print(metadata(printed), fileName);
        }
        String xhtml = new GuideDocument(site, printed, guideResources, sink).write(buildTime);
        return engine.render(xhtml, guide.language(), metadata(printed), guideResources, buildTime, sink, fileName);
    }

    private PdfFinisher.Metadata metadata(Guide printed) {
        return new PdfFinisher.Metadata(GuideDocument.title(site, printed), author(site.config(guide.language().code())),
                GuideDocument.subject(site, printed), guide.language().code());
    }

    /** The PDF's author: the copyright as the guide's language reads it, else the site's name. */
    private static String author(SiteConfig config) {
        return config.copyright().isEmpty() ? config.name() : config.copyright();
    }
}
