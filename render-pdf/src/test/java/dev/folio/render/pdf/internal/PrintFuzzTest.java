package dev.folio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.parser.fuzz.DialectPages;
import dev.folio.parser.fuzz.LongFuzzRun;
import dev.folio.parser.fuzz.PageChecks;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.xml.sax.InputSource;

/**
 * Generated dialect pages through the guide's document writer: the XHTML handed to openhtmltopdf must be
 * well-formed XML whatever the page holds, and writing it must not throw, hang or report a place outside the
 * page. (Printing itself is left to the corpus tests: seconds per guide.)
 */
class PrintFuzzTest {
    private static final Language EN = Language.of("en");

    // A fixed seed: the same pages in every build, so that a green build stays green; the long run explores.
    @Property(tries = 3_000, seed = "20261206", shrinking = ShrinkingMode.FULL)
    void everyGeneratedPageIsWrittenAsWellFormedXhtml(@ForAll("pages") String markdown) throws Exception {
        check(markdown);
    }

    @Test
    @EnabledIfSystemProperty(named = "folio.fuzz.minutes", matches = "\\d+(\\.\\d+)?")
    void printXhtmlForTheMinutesAsked() {
        LongFuzzRun.run("print XHTML", PrintFuzzTest::check);
    }

    /** Found by the long run: a path no file can have made the image's chapter fail instead of missing. */
    @Test
    void anImageNamedWithALoneSurrogateIsMissingNotAFailure() {
        check("![](\uD800)");
    }

    @Provide
    Arbitrary<String> pages() {
        return DialectPages.pages();
    }

    static void check(String markdown) {
        Page page = PageChecks.parsed(markdown);
        Site site = new Site(SiteConfig.named("Fuzz", "en"), List.of(page), Map.of(), Map.of(), List.of());
        Guide guide = new Guide(EN, "", "fuzz-en.pdf", List.of(page), List.of(), true);
        Diagnostics diagnostics = new Diagnostics();
        String xhtml = PageChecks.bounded("print XHTML", () -> new GuideDocument(site, guide,
                new Resources(List.of(Path.of("target/fuzz-docs")), List.of(), diagnostics), diagnostics)
                .write(Instant.EPOCH));
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).as("a block or chapter the writer failed on")
                .doesNotContain("render-failed");
        long lines = PageChecks.lines(markdown);
        diagnostics.sorted().forEach(d -> PageChecks.assertValidPosition(d, lines));
        try {
            XML.get().parse(new InputSource(new StringReader(xhtml)));
        } catch (Exception e) {
            throw new AssertionError("the print XHTML is not well-formed: " + e.getMessage(), e);
        }
    }

    private static final ThreadLocal<DocumentBuilder> XML = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });
}
