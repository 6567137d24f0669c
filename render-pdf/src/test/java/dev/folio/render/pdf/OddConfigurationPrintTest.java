package dev.folio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.FileKind;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.parser.FolioParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings a guide prints (name, URL, copyright, language, logo, navigation) in shapes nobody meant: a guide. */
class OddConfigurationPrintTest {
    private static final List<String> SHAPES = List.of("", "[]", "[null]", "{}", "42", "{x: null}");
    private static final List<String> SETTINGS = List.of("site_url: %s\n", "copyright: %s\n", "theme: %s\n",
            "theme:\n  language: %s\n", "theme:\n  logo: %s\n", "theme:\n  icon:\n    logo: %s\n", "extra: %s\n",
            "nav: %s\n");

    @TempDir
    Path project;

    @Test
    void everyOddShapeOfASettingAGuidePrintsStillPrintsTheGuide() throws Exception {
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/index.md"), "# Home\n\nSee [the other page](other.md).\n");
        Files.writeString(project.resolve("docs/other.md"), "# Other\n\nText.\n");
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (String setting : SETTINGS) {
            for (String shape : SHAPES) {
                String configuration = "site_name: Odd\n" + setting.formatted(shape);
                Files.writeString(project.resolve("mkdocs.yml"), configuration);
                try {
                    Site site = FolioParser.create().load(project);
                    RenderResult result = new PdfRenderer().render(site, RenderContext
                            .builder(project, project.resolve("out" + run++)).diagnostics(new Diagnostics()).build());
                    if (result.files(FileKind.PUBLICATION).isEmpty()) {
                        failures.add(configuration + "  → no guide");
                    }
                } catch (Exception | StackOverflowError e) {
                    failures.add(configuration + "  → " + e);
                }
            }
        }
        assertThat(failures).as("configurations no guide could be printed with").isEmpty();
    }
}
