package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Material shows {@code x.png#only-light} in light mode and {@code x.png#only-dark} in dark mode: a page holds
 * both. Paper is light, so a guide prints the light one only (Privacy Guides' Tor overview printed both, the
 * dark one white on white).
 */
class DarkModeImagesTest {

    @Test
    void printsTheLightVariantOfAnImageAndNotTheDarkOne(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("docs/assets"));
        Files.writeString(project.resolve("mkdocs.yml"), "site_name: Modes\nmarkdown_extensions:\n  - attr_list\n");
        image(project.resolve("docs/assets/light.png"), 300, Color.BLUE);
        image(project.resolve("docs/assets/dark.png"), 200, Color.WHITE);
        Files.writeString(project.resolve("docs/index.md"), """
                # Modes

                ![Light diagram](assets/light.png#only-light)
                ![Dark diagram](assets/dark.png#only-dark)
                ![Dark too](assets/dark.png#gh-dark-mode-only)

                <p><img src="assets/light.png#only-light" alt="light alt"><img src="assets/dark.png#only-dark" alt="dark alt"></p>
                """);
        Site site = FolioParser.create().load(project);

        new PdfRenderer().render(site, RenderContext.builder(project, project.resolve("target")).buildTime(Instant.parse("2026-11-23T10:15:30Z")).options(Map.of()).diagnostics(new Diagnostics()).build());

        try (PDDocument guide = PdfGuides.open(project.resolve("target/modes-en.pdf"))) {
            List<Integer> widths = new ArrayList<>();
            for (PDPage page : guide.getPages()) {
                images(page.getResources(), widths);
            }
            assertThat(widths).as("pixel widths of the images printed").containsExactly(300);
            String text = new PDFTextStripper().getText(guide);
            assertThat(text).contains("light alt").doesNotContain("dark alt");
        }
    }

    private static void images(PDResources resources, List<Integer> widths) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                widths.add(image.getWidth());
            } else if (object instanceof PDFormXObject form) {
                images(form.getResources(), widths);
            }
        }
    }

    private static void image(Path file, int width, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, 100);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
