package dev.folio.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading back the PDFs a test wrote, as a reader's viewer would see them. */
final class PdfGuides {
    private PdfGuides() {
    }

    static PDDocument open(Path file) {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page, 1-based. */
    static String text(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = stripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(PDDocument document) {
        try {
            return stripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads text in reading order by position: tagged PDFs write styled runs out of order. */
    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    /** The outline as indented titles, one per line. */
    static List<String> outline(PDDocument document) {
        List<String> lines = new ArrayList<>();
        PDOutlineNode root = document.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            collect(root, "", lines);
        }
        return lines;
    }

    private static void collect(PDOutlineNode node, String indent, List<String> lines) {
        for (PDOutlineItem item : node.children()) {
            lines.add(indent + item.getTitle());
            collect(item, indent + "  ", lines);
        }
    }

    /** A link on a page: where it goes, as a 1-based page number or a URI. */
    record PageLink(int targetPage, String uri) {
    }

    static List<PageLink> links(PDDocument document, int page) {
        List<PageLink> links = new ArrayList<>();
        try {
            PDPage pdPage = document.getPage(page - 1);
            for (PDAnnotation annotation : pdPage.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    PDDestination destination = link.getDestination();
                    if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
                        destination = goTo.getDestination();
                    }
                    if (destination instanceof PDPageDestination pageDestination) {
                        int index = pageDestination.getPage() != null
                                ? document.getPages().indexOf(pageDestination.getPage())
                                : pageDestination.getPageNumber();
                        links.add(new PageLink(index + 1, ""));
                    } else if (link.getAction() instanceof PDActionURI uri) {
                        links.add(new PageLink(0, uri.getURI()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return links;
    }

    /** The rectangles of the link annotations of a page, 1-based, in PDF user space (origin bottom left). */
    static List<Rectangle2D> linkBoxes(PDDocument document, int page) {
        try {
            List<Rectangle2D> boxes = new ArrayList<>();
            for (PDAnnotation annotation : document.getPage(page - 1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink) {
                    PDRectangle r = annotation.getRectangle();
                    boxes.add(new Rectangle2D.Float(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()));
                }
            }
            return boxes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The box of every printed glyph of a page, 1-based, in PDF user space (origin bottom left). */
    static List<Rectangle2D> glyphBoxes(PDDocument document, int page) {
        List<Rectangle2D> boxes = new ArrayList<>();
        try {
            float height = document.getPage(page - 1).getMediaBox().getHeight();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition glyph : positions) {
                        if (!glyph.getUnicode().isBlank()) {
                            // TextPosition's y is the baseline from the top
                            boxes.add(new Rectangle2D.Float(glyph.getXDirAdj(), height - glyph.getYDirAdj(),
                                    glyph.getWidthDirAdj(), glyph.getHeightDir()));
                        }
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
            return boxes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first page whose text contains all the needles, or 0. */
    static int pageWith(PDDocument document, String... needles) {
        try {
            PDFTextStripper stripper = stripper();
            stripper.setPageEnd("\f");
            String[] pages = stripper.getText(document).split("\f", -1);
            for (int page = 0; page < pages.length; page++) {
                String text = pages[page];
                if (java.util.Arrays.stream(needles).allMatch(text::contains)) {
                    return page + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
