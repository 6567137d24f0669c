package dev.folio.render.pdf.internal.chunked;

import dev.folio.render.pdf.internal.Anchors;
import dev.folio.render.pdf.internal.Guide;
import dev.folio.render.pdf.internal.GuideDocument;
import dev.folio.render.pdf.internal.GuideRenderer;
import dev.folio.render.pdf.internal.GuideText;
import dev.folio.render.pdf.internal.PdfEngine;
import dev.folio.render.pdf.internal.PdfFinisher;
import dev.folio.render.pdf.internal.Resources;

import dev.folio.model.DiagnosticSink;
import dev.folio.model.Diagnostics;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.doc.Traversal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Prints a long guide as several documents at once, one per core, and merges them into the PDF
 * the single document would be. Chapters always start a page, so the guide is cut between chapters:
 * the parts print in parallel, each with a bookmark at every id something points at; the cover and
 * contents print last, with the page numbers the parts found. The merge stamps "page / pages" on
 * every page but the cover, turns links between parts ({@link Anchors#ELSEWHERE}) into GoTo actions,
 * and writes the guide's outline.
 */
public final class ChunkedGuide {
    /** Option: how many documents to print a long guide in ({@code 1}: one); default: one per core. */
    public static final String OPTION = "pdf.chunks";
    /** A guide of more source pages than this is printed in parts by default. */
    static final int LONG_GUIDE = 60;
    private static final Pattern ELSEWHERE = Pattern.compile("href=\"" + Anchors.ELSEWHERE + "([^\"]+)\"");
    private static final String CONTENTS_ID = "toc";
    private static final int FRONT_PASSES = 3;

    private final Site site;
    private final Guide guide;
    private final Resources resources;
    private final GuideRenderer renderer;
    private final Instant buildTime;
    private final DiagnosticSink diagnostics;
    private final int chunks;

    public ChunkedGuide(Site site, Guide guide, Resources resources, GuideRenderer renderer, Instant buildTime,
            DiagnosticSink diagnostics, int chunks) {
        this.site = site;
        this.guide = guide;
        this.resources = resources;
        this.renderer = renderer;
        this.buildTime = buildTime;
        this.diagnostics = diagnostics;
        this.chunks = chunks;
    }

    /**
     * The number of parts option {@code pdf.chunks} asks for, empty for the default; a value that is
     * not a whole number from 1 to 64 is a warning and gives the default.
     */
    public static java.util.OptionalInt requested(java.util.Optional<String> option, DiagnosticSink diagnostics) {
        if (option.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        String value = option.get().trim();
        if (value.matches("\\d{1,2}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 64) {
            return java.util.OptionalInt.of(Integer.parseInt(value));
        }
        diagnostics.report(dev.folio.model.Diagnostic.warning("pdf-option-invalid", "option " + OPTION + "="
                + option.get() + " is not a whole number from 1 to 64; each guide is printed in one piece",
                dev.folio.model.SourcePosition.UNKNOWN));
        return java.util.OptionalInt.empty();
    }

    /**
     * How many parts to print a guide of {@code pages} pages in: as asked, else one. Printing in parts is
     * experimental: in 12 paired, alternating builds of the English Privacy Guides guide (462 pages, 2 cores, default
     * JIT flags) it was no faster beyond run-to-run noise (median 142 ms of 5.8 s, 8 of 12 pairs faster), since the
     * JIT's compiler threads already keep the second core busy. {@link #LONG_GUIDE} remains the size above which
     * a guide can be split at all.
     */
    public static int count(java.util.OptionalInt requested, int pages, int guides, int processors) {
        int wanted = requested.orElse(1);
        return Math.max(1, Math.min(wanted, pages));
    }

    /** Where an id landed: a page of the merged guide (from 0) and the top of the destination. */
    private record Target(int page, int top) {
    }

    /** A printed part: its document, the ids it holds (page within the part) and its XHTML. */
    private record Part(PDDocument document, Map<String, Target> targets, String xhtml) {
    }

    public PdfEngine.Rendered print(PdfFinisher.Metadata metadata, String guideFile) throws IOException {
        List<List<Page>> parts = split(guide.pages(), chunks);
        Anchors anchors = new Anchors(guide.pages(), guide.pages(), site.config(), guide.language().code(),
                new dev.folio.model.CrossReferences(site));
        List<String> xhtml = partsXhtml(parts, anchors);
        List<Part> printed = new ArrayList<>();
        PDDocument front = null;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parts.size() - 1), runnable -> {
            Thread thread = new Thread(runnable, "folio-pdf-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Part>> futures = new ArrayList<>();
            for (int i = 1; i < parts.size(); i++) {
                String part = xhtml.get(i);
                futures.add(pool.submit(() -> printPart(part, guideFile, true, diagnostics)));
            }
            printed.add(printPart(xhtml.get(0), guideFile, true, diagnostics));
            for (Future<Part> future : futures) {
                printed.add(join(future));
            }
            // the contents is printed with the chapters' page numbers, which count its own pages: printed
            // again in the rare case its number of pages was guessed wrong
            int frontPages = 2;
            Part frontPart = null;
            Diagnostics frontFound = new Diagnostics(); // reported once, from the pass kept
            for (int pass = 0; pass < FRONT_PASSES; pass++) {
                Map<String, Integer> numbers = new HashMap<>();
                Map<String, Target> guessed = place(printed, frontPages);
                for (Page page : guide.pages()) {
                    Target start = guessed.get(anchors.pageKey(page));
                    if (start != null) {
                        numbers.put(anchors.pageKey(page), start.page() + 1);
                    }
                }
                if (front != null) {
                    front.close();
                }
                frontFound = new Diagnostics();
                frontPart = printPart(new GuideDocument(site, guide, List.of(), resources, new Diagnostics())
                        .writeFront(buildTime, numbers), guideFile, false, frontFound);
                front = frontPart.document();
                if (front.getNumberOfPages() == frontPages) {
                    break;
                }
                frontPages = front.getNumberOfPages();
            }
            frontFound.sorted().forEach(diagnostics::report);
            Map<String, Target> targets = place(printed, front.getNumberOfPages());
            Target contents = frontPart.targets().get(CONTENTS_ID);
            if (contents != null) {
                targets.put(CONTENTS_ID, contents);
            }
            String frontXhtml = frontPart.xhtml();
            PartMerger merger = new PartMerger(front);
            for (Part part : printed) {
                merger.append(part.document());
            }
            merger.finish();
            PageNumbers.stamp(front, 1);
            relink(front, targets);
            outline(front, targets, new GuideDocument(site, guide, resources, new Diagnostics()).outline());
            StringBuilder all = new StringBuilder(frontXhtml);
            printed.forEach(part -> all.append('\u0000').append(part.xhtml()));
            return GuideRenderer.save(front, metadata, buildTime, PdfFinisher.hash(all.toString(), buildTime));
        } finally {
            pool.shutdownNow();
            for (Part part : printed) {
                part.document().close();
            }
            if (front != null) {
                front.close();
            }
        }
    }

    /** Where the parts' ids land once the parts follow {@code frontPages} pages of cover and contents. */
    private static Map<String, Target> place(List<Part> printed, int frontPages) {
        Map<String, Target> targets = new HashMap<>();
        int offset = frontPages;
        for (Part part : printed) {
            for (Map.Entry<String, Target> entry : part.targets().entrySet()) {
                targets.put(entry.getKey(), new Target(offset + entry.getValue().page(), entry.getValue().top()));
            }
            offset += part.document().getNumberOfPages();
        }
        return targets;
    }

    /**
     * The XHTML of each part, with a bookmark at each id the outline or a link from elsewhere points
     * at (known only once every part is written, so the parts are written twice; that takes milliseconds).
     */
    private List<String> partsXhtml(List<List<Page>> parts, Anchors anchors) {
        Set<String> linked = new TreeSet<>();
        for (List<Page> part : parts) {
            Matcher matcher = ELSEWHERE.matcher(new GuideDocument(site, guide, part, resources, new Diagnostics())
                    .writePart(List.of()));
            while (matcher.find()) {
                linked.add(matcher.group(1));
            }
        }
        List<String> xhtml = new ArrayList<>();
        for (List<Page> part : parts) {
            Set<String> keys = new java.util.HashSet<>();
            part.forEach(page -> keys.add(anchors.pageKey(page)));
            GuideDocument document = new GuideDocument(site, guide, part, resources, diagnostics);
            Set<String> targets = new LinkedHashSet<>();
            document.outlineIds().filter(id -> keys.contains(key(id))).forEach(targets::add);
            linked.stream().filter(id -> keys.contains(key(id))).forEach(targets::add);
            xhtml.add(document.writePart(targets));
        }
        return xhtml;
    }

    private static String key(String id) {
        int cut = id.indexOf("--");
        return cut < 0 ? id : id.substring(0, cut);
    }

    /** Contiguous parts of about the same amount of content each. */
    static List<List<Page>> split(List<Page> pages, int count) {
        long[] weights = pages.stream().mapToLong(page -> 1 + Traversal.nodes(page.document()).count()).toArray();
        long total = java.util.Arrays.stream(weights).sum();
        List<List<Page>> parts = new ArrayList<>();
        List<Page> current = new ArrayList<>();
        long done = 0;
        for (int i = 0; i < pages.size(); i++) {
            current.add(pages.get(i));
            done += weights[i];
            int left = pages.size() - i - 1;
            boolean full = done * count >= total * (parts.size() + 1L);
            if (parts.size() < count - 1 && left > 0 && (full || left == count - 1 - parts.size())) {
                parts.add(current);
                current = new ArrayList<>();
            }
        }
        parts.add(current);
        return parts;
    }

    /** Prints one part and notes where its bookmarks landed, then drops them: the merged guide gets its own. */
    /** @param moved whether the part's pages will be moved into another document (its fonts are subset now) */
    private Part printPart(String xhtml, String guideFile, boolean moved, DiagnosticSink sink) throws IOException {
        PDDocument document = renderer.print(xhtml, guide.language(), resources, sink, guideFile, moved);
        try {
            Map<String, Target> targets = new HashMap<>();
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                for (PDOutlineItem item : outline.children()) {
                    if (item.getDestination() instanceof PDPageXYZDestination destination
                            && destination.getPage() != null) {
                        targets.put(item.getTitle(), new Target(document.getPages().indexOf(destination.getPage()),
                                destination.getTop()));
                    }
                }
                document.getDocumentCatalog().setDocumentOutline(null);
            }
            return new Part(document, targets, xhtml);
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    private static Part join(Future<Part> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while printing a part of a guide", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("cannot print a part of a guide: " + e.getCause(), e.getCause());
        }
    }

    /** Links to another part become GoTo actions to where their target landed. */
    private static void relink(PDDocument document, Map<String, Target> targets) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(Anchors.ELSEWHERE)) {
                    String id = uri.getURI().substring(Anchors.ELSEWHERE.length());
                    Target target = targets.getOrDefault(id, targets.get(key(id)));
                    if (target != null) {
                        PDActionGoTo goTo = new PDActionGoTo();
                        goTo.setDestination(destination(document, target));
                        link.setAction(goTo);
                    }
                }
            }
        }
    }

    private static PDPageXYZDestination destination(PDDocument document, Target target) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(document.getPage(target.page()));
        destination.setTop(target.top());
        return destination;
    }

    /** The outline the single document has: contents, then the guide's sections, pages and headings. */
    private void outline(PDDocument document, Map<String, Target> targets, List<GuideDocument.Mark> marks) {
        PDDocumentOutline outline = new PDDocumentOutline();
        Target contents = targets.get(CONTENTS_ID);
        if (contents != null) {
            outline.addLast(item(document, GuideText.contents(guide.language().code()), contents));
        }
        addMarks(document, outline, marks, targets);
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static void addMarks(PDDocument document, PDOutlineNode parent, List<GuideDocument.Mark> marks,
            Map<String, Target> targets) {
        for (GuideDocument.Mark mark : marks) {
            Target target = targets.getOrDefault(mark.id(), targets.get(key(mark.id())));
            if (target == null) {
                continue;
            }
            PDOutlineItem item = item(document, mark.name(), target);
            parent.addLast(item);
            addMarks(document, item, mark.children(), targets);
        }
    }

    private static PDOutlineItem item(PDDocument document, String title, Target target) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination(document, target));
        return item;
    }
}
