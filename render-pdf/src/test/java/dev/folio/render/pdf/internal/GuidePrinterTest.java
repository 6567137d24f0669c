package dev.folio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePosition;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Document;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuidePrinterTest {
    private static final Language EN = Language.of("en");
    private final List<String> printed = new ArrayList<>();

    /** An engine that fails on any guide holding the word POISON, as openhtmltopdf fails on some layouts. */
    private final PdfEngine engine = (xhtml, language, metadata, resources, time, sink, file) -> {
        if (xhtml.contains("POISON")) {
            throw new IllegalStateException("engine failure");
        }
        if (xhtml.contains("DEEP")) {
            throw new StackOverflowError(); // openhtmltopdf lays boxes out recursively
        }
        printed.add(xhtml);
        return new PdfEngine.Rendered(xhtml.getBytes(StandardCharsets.UTF_8), 1);
    };

    private static Page page(String path, String text) {
        return new Page(path, "docs/" + path, path, "en", FrontMatter.of(Map.of("title", path)),
                new Document(List.of(new Paragraph(List.of(new Text(text, Attributes.EMPTY, SourcePosition.UNKNOWN)),
                        Attributes.EMPTY, SourcePosition.UNKNOWN)), List.of()), List.of());
    }

    private GuidePrinter printer(List<Page> pages, Diagnostics diagnostics) {
        Site site = new Site(SiteConfig.named("Site", "en"), pages, Map.of(), Map.of(), List.of());
        Guide guide = new Guide(EN, "", "site-en.pdf", pages, List.of(), true);
        return new GuidePrinter(site, guide, sink -> new Resources(List.of(Path.of(".")), List.of(), sink), engine,
                Instant.EPOCH, diagnostics);
    }

    @Test
    void leavesOutOnlyThePageTheEngineFailsOnAndSaysWhich() {
        List<Page> pages = List.of(page("a.md", "first"), page("b.md", "POISON"), page("c.md", "third"));
        Diagnostics diagnostics = new Diagnostics();
        assertThat(printer(pages, diagnostics).print()).isPresent();
        assertThat(printed.get(printed.size() - 1)).contains("first", "third").doesNotContain("POISON");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "docs/b.md: the page is left out of site-en.pdf: the PDF engine failed on it "
                        + "(java.lang.IllegalStateException: engine failure)");
    }

    @Test
    void reportsAGuideWhoseEveryPageFails() {
        List<Page> pages = List.of(page("a.md", "POISON"));
        Diagnostics diagnostics = new Diagnostics();
        assertThat(printer(pages, diagnostics).print()).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("pdf-render-failed",
                "pdf-page-left-out");
    }

    @Test
    void leavesOutAPageThatOverflowsTheEnginesStackAndPrintsTheRest() {
        List<Page> pages = List.of(page("a.md", "first"), page("deep.md", "DEEP"), page("c.md", "third"));
        Diagnostics diagnostics = new Diagnostics();
        assertThat(printer(pages, diagnostics).print()).isPresent();
        assertThat(printed.get(printed.size() - 1)).contains("first", "third").doesNotContain("DEEP");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "docs/deep.md: the page is left out of site-en.pdf: the PDF engine failed on it "
                        + "(java.lang.StackOverflowError)");
    }
}
