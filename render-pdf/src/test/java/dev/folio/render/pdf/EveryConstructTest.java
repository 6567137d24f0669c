package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.render.RenderContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every node type of the model, built directly, printed into one guide. */
class EveryConstructTest {
    @TempDir
    static Path project;
    static Diagnostics diagnostics = new Diagnostics();
    static String text;
    static PDDocument pdf;

    @BeforeAll
    static void print() throws IOException {
        java.nio.file.Files.createDirectories(project.resolve("assets"));
        java.nio.file.Files.write(project.resolve("assets/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});
        java.nio.file.Files.write(project.resolve("assets/photo.webp"), new byte[] {'R', 'I', 'F', 'F'});
        java.nio.file.Files.createDirectories(project.resolve("overrides/.icons/custom"));
        java.nio.file.Files.writeString(project.resolve("overrides/.icons/custom/star.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 16 16\"><path d=\"M8 0l2 6h6l-5 4 2 6-5-4-5 4 2-6-5-4h6z\"/></svg>");
        new PdfRenderer().render(EveryConstruct.site(project), RenderContext.builder(project, project.resolve("out")).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(diagnostics).build());
        pdf = PdfGuides.open(project.resolve("out/reference-site-en.pdf"));
        text = PdfGuides.text(pdf);
    }

    @Test
    void printsInteractiveConstructsInTheirPrintedForm() {
        assertThat(text).contains("Mind the gap", "A warning admonition.", "Printed open",
                "A collapsed block, printed open.", "Recommendation", "An md_in_html admonition.", "Card one",
                "Second card text.", "Downloads", "Inside details.", "Maven", "Run mvn install.", "Gradle",
                "Run gradle build.", "Done task", "Open task", "Its definition.");
    }

    @Test
    void printsTheTitleOfALinkThatIsOnlyAnIcon() {
        // [:octicons-eye-16:](https://example.org/privacy){ .card-link title="Privacy Policy" }
        assertThat(text).contains("Privacy Policy");
    }

    @Test
    void dropsBidiMarksThatTheFontsWouldDrawAsVisibleMarks() {
        assertThat(text).contains("right-to-left marks");
    }

    @Test
    void printsARomanListWithRomanNumerals() {
        assertThat(text).containsPattern("iii\\.\\s*Roman three").containsPattern("iv\\.\\s*Roman four");
    }

    @Test
    void printsInlineMarkupAsText() {
        assertThat(text).contains("Ctrl", "Alt", "Del", "inline code", "HTML",
                "E = mc^2", "class Hello {", "// <tags> & \"quotes\"", "graph LR", "The footnote text.");
    }

    @Test
    void printsEmojiShortcodesAndLiteralEmojiInTheShippedEmojiFont() throws IOException {
        assertThat(text).contains("🎉", ":octocat:").doesNotContain(":smile:");
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name).getName());
            }
        }
        assertThat(fonts).anyMatch(font -> font.endsWith("+NotoEmoji-Regular"));
    }

    @Test
    void drawsIconsFromTheProjectAndTheIconSetsAndNamesTheOthers() {
        // Octicons too, from the backend kit: the guide no longer depends on the HTML backend's jar for them.
        assertThat(text).contains(":material-no-such-icon:").doesNotContain(":custom-star:",
                ":material-bug-outline:", ":fontawesome-brands-windows:", ":simple-googleplay:", ":octicons-home-16:");
    }

    @Test
    void keepsTheTextOfRawHtmlAndDropsWhatCouldRunOrLoad() {
        assertThat(text).contains("Raw HTML & © &bogus;", "raw image", "small text", "unclosed bold.",
                "Control characters are dropped.")
                .doesNotContain("alert(1)", "frame", "evil");
    }

    @Test
    void linksBetweenPagesLandOnTheTargetPage() {
        int reference = PdfGuides.pageWith(pdf, "Plain, emphasis");
        int other = PdfGuides.pageWith(pdf, "Linked to from the reference.");
        int footnotes = PdfGuides.pageWith(pdf, "The footnote text.");
        assertThat(PdfGuides.links(pdf, reference)).contains(new PdfGuides.PageLink(other, ""),
                new PdfGuides.PageLink(footnotes, ""), new PdfGuides.PageLink(0, "https://example.org"));
        assertThat(PdfGuides.outline(pdf)).containsExactly("Contents", "Everything", "  Reference", "    Lists",
                "    Code and tables", "    Containers", "  Other page", "    Target section");
    }

    @Test
    void refusesImagesFromOutsideTheContentFolderAndPrintsBrokenOnesAsText() {
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsOnly("pdf-image-missing",
                "pdf-resource-refused", "pdf-image-unreadable", "pdf-image-unsupported");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "image assets/missing.png not found",
                "image assets/broken.png cannot be decoded; its text is printed instead",
                "image assets/photo.webp: .webp cannot be printed (use PNG, JPEG, GIF or SVG); its text is printed instead",
                "image ../../etc/passwd is not read: it is outside the content folder",
                "image https://example.org/x.png is not read: remote resources are not loaded into the PDF",
                "image file:///etc/passwd is not read: file URLs are not allowed");
        assertThat(text).contains("[missing picture]", "[broken picture]", "[webp picture]", "[escape]", "[remote]",
                "[file url]");
    }

    @Test
    void warnsAboutCharactersNoShippedFontCovers(@TempDir Path other) throws IOException {
        SiteConfig config = new SiteConfig("Ge'ez", "", "", "", List.of(Language.of("am")), "am", UrlStyle.DIRECTORY,
                Map.of());
        Page page = EveryConstruct.page("index.md", "Selam", List.of(EveryConstruct.paragraph(
                EveryConstruct.text("ሰላም ሰላም, Hello"))), List.of());
        Page amharic = new Page(page.sourcePath(), page.sourceFile(), page.outputPath(), "am", page.frontMatter(),
                page.document(), List.of());
        Site site = new Site(config, List.of(amharic), Map.of(), Map.of(), List.of());
        Diagnostics found = new Diagnostics();
        new PdfRenderer().render(site, RenderContext.builder(other, other).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(found).build());
        assertThat(found.sorted()).extracting(Diagnostic::toString).containsExactly("docs/index.md: no font shipped "
                + "with Folio covers these characters of language am; they print as boxes: "
                + "'ላ' U+120B, 'ም' U+121D, 'ሰ' U+1230");
        assertThat(other.resolve("ge-ez-am.pdf")).isRegularFile();
    }
}
