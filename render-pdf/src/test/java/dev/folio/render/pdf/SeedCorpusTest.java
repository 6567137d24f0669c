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
import dev.folio.parser.FolioParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real-world seed pages, printed one guide each. Runs in the {@code corpus} profile only, which
 * Maven activates when {@code ../shared/corpus} exists.
 */
class SeedCorpusTest {
    static final Path CORPUS = Path.of("../../shared/corpus");

    @TempDir
    Path output;

    @ParameterizedTest
    @CsvSource({
        "he, seeds/he.real-time-communication.md, תקשורת בזמן אמת",
        "zh-Hant, seeds/zh-Hant.real-time-communication.md, 即時通訊軟體",
        "ru, seeds/ru.real-time-communication.md, Мессенджеры",
        "uk, seeds/uk-legacy.real-time-communication.md, Real-Time Communication",
        "nl, seeds/nl.real-time-communication.md, Real-Time Communicatie",
        "bn, privacyguides/i18n/bn/real-time-communication.md, Real-Time Communication",
    })
    void printsTheSeedPageInItsOwnScript(String language, String file, String title) throws IOException {
        Page parsed = FolioParser.builder().language(language).build().parse(CORPUS.resolve(file));
        Page page = new Page("real-time-communication.md", parsed.sourceFile(), parsed.outputPath(), language,
                parsed.frontMatter(), parsed.document(), List.of());
        SiteConfig config = new SiteConfig("Privacy Guides", "", "", "", List.of(Language.of(language)), language,
                UrlStyle.DIRECTORY, Map.of());
        Site site = new Site(config, List.of(page), Map.of(),
                Map.of(language, CORPUS.resolve("privacyguides/docs")), List.of());
        Diagnostics diagnostics = new Diagnostics();
        new PdfRenderer().render(site, RenderContext.builder(CORPUS, output).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(diagnostics).build());

        assertThat(diagnostics.sorted()).extracting(Diagnostic::code)
                .doesNotContain("pdf-render-failed", "pdf-page-left-out", "pdf-missing-glyphs", "pdf-engine");
        try (PDDocument pdf = PdfGuides.open(output.resolve("privacy-guides-" + language + ".pdf"))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(4);
            assertThat(PdfGuides.text(pdf)).contains(title, "Signal", "SimpleX").doesNotContain("#");
            assertThat(PdfGuides.outline(pdf)).hasSizeGreaterThan(3);
        }
    }
}
