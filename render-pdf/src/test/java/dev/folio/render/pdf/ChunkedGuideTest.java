package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide printed in three parts at once (option {@code pdf.chunks}) reads as the same guide printed
 * as one document: the same pages, page numbers, contents, links and bookmarks.
 */
class ChunkedGuideTest {
    private static final Instant BUILD_TIME = Instant.parse("2026-11-23T10:15:30Z");
    private static final int CHAPTERS = 9;
    /** The height of the page margins that hold the running header and footer, in points. */
    private static final double MARGIN = 60;

    @TempDir
    static Path project;
    static Site site;
    static Diagnostics diagnostics = new Diagnostics();

    @BeforeAll
    static void printTheGuideBothWays() throws IOException {
        StringBuilder nav = new StringBuilder("nav:\n  - Home: index.md\n");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/index.md"), "# Home\n\nStart with [chapter seven's target](c7.md#target).\n");
        for (int c = 1; c <= CHAPTERS; c++) {
            nav.append(c % 3 == 1 ? "  - Part " + (c / 3 + 1) + ":\n" : "");
            nav.append("    - Chapter ").append(c).append(": c").append(c).append(".md\n");
            StringBuilder page = new StringBuilder("# Chapter " + c + "\n\nOpening of chapter " + c + ".\n\n");
            for (int p = 0; p < 6 * c; p++) {
                page.append("Paragraph ").append(p).append(" of chapter ").append(c)
                        .append(": a sentence long enough to wrap across the whole measure of an A4 page, ")
                        .append("so that some chapters take more than one page of the guide.\n\n");
                if (c == 7 && p == 20) {
                    page.append("## The target { #target }\n\nLink back to [chapter two](c2.md).\n\n");
                }
                if (p == 3) {
                    page.append("## Section of chapter ").append(c).append("\n\n");
                }
            }
            Files.writeString(project.resolve("docs/c" + c + ".md"), page.toString());
        }
        Files.writeString(project.resolve("mkdocs.yml"), "site_name: Chunks\n" + nav);
        site = FolioParser.create().load(project);
        render("single", Map.of("pdf.chunks", "1"));
        render("chunked", Map.of("pdf.chunks", "3"));
        render("again", Map.of("pdf.chunks", "3"));
    }

    private static void render(String folder, Map<String, String> options) throws IOException {
        new PdfRenderer().render(site, RenderContext.builder(project, project.resolve(folder)).buildTime(BUILD_TIME).options(options).diagnostics(diagnostics).build());
    }

    private static PDDocument guide(String folder) {
        return PdfGuides.open(project.resolve(folder).resolve("chunks-en.pdf"));
    }

    @Test
    void readsPageForPageAsTheSingleDocument() throws IOException {
        try (PDDocument single = guide("single"); PDDocument chunked = guide("chunked")) {
            assertThat(chunked.getNumberOfPages()).isEqualTo(single.getNumberOfPages()).isGreaterThan(CHAPTERS + 4);
            for (int page = 1; page <= single.getNumberOfPages(); page++) {
                assertThat(PdfGuides.text(chunked, page)).as("page %d", page).isEqualTo(PdfGuides.text(single, page));
                // at the same places, the stamped page numbers too (drawn last, so compared in order of place)
                List<java.awt.geom.Rectangle2D> glyphs = byPlace(PdfGuides.glyphBoxes(single, page));
                List<java.awt.geom.Rectangle2D> stamped = byPlace(PdfGuides.glyphBoxes(chunked, page));
                assertThat(stamped).as("page %d", page).hasSameSizeAs(glyphs);
                // the body measured apart from the margins, to tell a moved page from moved page numbers
                double shift = 0;
                for (int g = 0; g < glyphs.size(); g++) {
                    java.awt.geom.Rectangle2D expected = glyphs.get(g);
                    java.awt.geom.Rectangle2D actual = stamped.get(g);
                    boolean margin = expected.getY() < MARGIN || expected.getY() > 842 - MARGIN;
                    if (!margin && shift == 0) {
                        shift = actual.getY() - expected.getY();
                    }
                    assertThat(actual.getX()).as("page %d glyph %d", page, g)
                            .isCloseTo(expected.getX(), org.assertj.core.data.Offset.offset(0.3));
                    assertThat(actual.getY()).as("page %d glyph %d", page, g)
                            .isCloseTo(expected.getY() + (margin ? 0 : shift), org.assertj.core.data.Offset.offset(0.3));
                }
                assertThat(shift).as("page %d", page).isEqualTo(0.0);
            }
            assertThat(PdfGuides.outline(chunked)).isEqualTo(PdfGuides.outline(single))
                    .contains("Contents", "Part 3", "  Chapter 9", "    Section of chapter 9", "    The target");
            assertThat(diagnostics.sorted()).isEmpty();
        }
    }

    private static List<java.awt.geom.Rectangle2D> byPlace(List<java.awt.geom.Rectangle2D> boxes) {
        return boxes.stream().sorted(java.util.Comparator.comparingDouble((java.awt.geom.Rectangle2D box) -> -box.getY())
                .thenComparingDouble(java.awt.geom.Rectangle2D::getX)).toList();
    }

    @Test
    void numbersThePagesOfTheLastPartOutOfTheWholeGuide() {
        try (PDDocument chunked = guide("chunked")) {
            int total = chunked.getNumberOfPages();
            int nine = PdfGuides.pageWith(chunked, "Opening of chapter 9.");
            assertThat(nine).isGreaterThan(total / 2);
            assertThat(PdfGuides.text(chunked, nine)).contains(nine + " / " + total);
            assertThat(PdfGuides.text(chunked, total)).contains(total + " / " + total);
            assertThat(PdfGuides.text(chunked, 1)).doesNotContain(" / " + total);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void contentsNumbersAndLinksLeadToEachChapter() throws IOException {
        try (PDDocument single = guide("single"); PDDocument chunked = guide("chunked")) {
            assertThat(PdfGuides.links(chunked, 2)).isEqualTo(PdfGuides.links(single, 2));
            String contents = PdfGuides.text(chunked, 2);
            List<Integer> linked = new ArrayList<>();
            // an entry's title and its page number are one link, in two boxes
            PdfGuides.links(chunked, 2).stream().map(PdfGuides.PageLink::targetPage).distinct().forEach(linked::add);
            List<Integer> starts = new ArrayList<>();
            starts.add(PdfGuides.pageWith(chunked, "Start with chapter seven"));
            for (int c = 1; c <= CHAPTERS; c++) {
                int start = PdfGuides.pageWith(chunked, "Opening of chapter " + c + ".");
                starts.add(start);
                assertThat(contents).containsPattern("Chapter " + c + "\\s*\\.+\\s*" + start + "\\b");
            }
            assertThat(linked).isEqualTo(starts);
        }
    }

    @Test
    void linksBetweenPartsLandOnTheirTarget() throws IOException {
        try (PDDocument chunked = guide("chunked")) {
            int home = PdfGuides.pageWith(chunked, "Start with chapter seven");
            int target = PdfGuides.pageWith(chunked, "The target", "Link back to chapter two");
            int two = PdfGuides.pageWith(chunked, "Opening of chapter 2.");
            assertThat(PdfGuides.links(chunked, home)).extracting(PdfGuides.PageLink::targetPage).containsExactly(target);
            assertThat(PdfGuides.links(chunked, target)).extracting(PdfGuides.PageLink::targetPage).containsExactly(two);
            assertThat(target).isGreaterThan(two);
        }
    }

    @Test
    void keepsOneStructureTreeOverAllParts() throws IOException {
        try (PDDocument single = guide("single"); PDDocument chunked = guide("chunked")) {
            PDStructureTreeRoot root = chunked.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).isNotNull();
            assertThat(root.getParentTree()).isNotNull();
            // every page's marked content is found through the parent tree from the page's StructParents
            IntStream.range(0, chunked.getNumberOfPages()).forEach(i -> {
                int key = chunked.getPage(i).getStructParents();
                assertThat(key).as("page %d", i + 1).isGreaterThanOrEqualTo(0);
                try {
                    assertThat(root.getParentTree().getValue(key)).as("page %d", i + 1).isNotNull();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(chunked.getDocumentInformation().getTitle()).isEqualTo(single.getDocumentInformation().getTitle())
                    .isEqualTo("Chunks (English)");
            assertThat(chunked.getDocumentInformation().getCreationDate())
                    .isEqualTo(single.getDocumentInformation().getCreationDate());
            assertThat(chunked.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void embedsTheSubsetOfEveryFontItUses() throws IOException {
        try (PDDocument chunked = guide("chunked")) {
            for (org.apache.pdfbox.pdmodel.PDPage page : chunked.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.*");
                    org.apache.pdfbox.pdmodel.font.PDFontDescriptor descriptor =
                            font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font type0
                                    ? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                    assertThat(descriptor.getFontFile2().getCOSObject().getLength()).as(font.getName()).isPositive();
                }
            }
        }
    }

    @Test
    void isByteIdenticalBuildToBuild() throws IOException {
        assertThat(Files.readAllBytes(project.resolve("again/chunks-en.pdf")))
                .isEqualTo(Files.readAllBytes(project.resolve("chunked/chunks-en.pdf")));
    }
}
