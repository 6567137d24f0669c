package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.render.PageKey;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderScope;
import dev.folio.parser.fuzz.DialectPages;
import dev.folio.parser.fuzz.LongFuzzRun;
import dev.folio.parser.fuzz.PageChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Generated dialect pages through the HTML renderer: each page is written (never left out for a failure of
 * the renderer's own), as valid UTF-8 without NUL, and parses into a page whose article holds the content and
 * whose template around it is intact.
 */
class HtmlFuzzTest {
    private static final Path OUT = Path.of("target/fuzz-site");

    // A fixed seed: the same pages in every build, so that a green build stays green; the long run explores.
    @Property(tries = 1_500, seed = "20261206", shrinking = ShrinkingMode.FULL)
    void everyGeneratedPageIsWrittenAsAWholePage(@ForAll("pages") String markdown) {
        check(markdown);
    }

    @Test
    @EnabledIfSystemProperty(named = "folio.fuzz.minutes", matches = "\\d+(\\.\\d+)?")
    void htmlForTheMinutesAsked() {
        LongFuzzRun.run("HTML", HtmlFuzzTest::check);
    }

    @Provide
    Arbitrary<String> pages() {
        return DialectPages.pages();
    }

    static void check(String markdown) {
        Page page = PageChecks.parsed(markdown);
        Site site = new Site(SiteConfig.named("Fuzz", "en"), List.of(page), Map.of(), Map.of(), List.of());
        Diagnostics diagnostics = new Diagnostics();
        PageChecks.bounded("HTML", () -> {
            try {
                return new HtmlRenderer().render(site, RenderContext.builder(OUT.getParent(), OUT).buildTime(Instant.EPOCH)
                        .diagnostics(diagnostics).scope(RenderScope.pages(List.of(new PageKey("en", page.sourcePath()))))
                        .build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).as("a page or block the renderer failed on")
                .doesNotContain("render-failed");
        long lines = PageChecks.lines(markdown);
        diagnostics.sorted().forEach(d -> PageChecks.assertValidPosition(d, lines));
        String html = utf8(OUT.resolve("en/index.html"));
        assertThat(html.indexOf('\0')).as("a NUL in the page").isNegative();
        Document document = Jsoup.parse(html);
        assertThat(document.select("article.md-content__inner")).as("the article").hasSize(1);
        assertThat(document.select("body > div.md-container footer.md-footer")).as("the footer, outside the content")
                .hasSize(1);
    }

    private static String utf8(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
