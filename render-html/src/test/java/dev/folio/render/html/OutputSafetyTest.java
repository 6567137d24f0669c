package dev.folio.render.html;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.FrontMatter;
import dev.folio.model.Page;
import dev.folio.model.Severity;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.doc.Document;
import dev.folio.model.render.RenderContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutputSafetyTest {
    @Test
    void aPageWhoseOutputPathLeavesTheOutputFolderIsNotWrittenAndIsReported(@TempDir Path temp) throws IOException {
        Page good = new Page("index.md", "docs/index.md", "index.html", "en", FrontMatter.EMPTY, Document.EMPTY,
                List.of());
        Page evil = new Page("evil.md", "docs/evil.md", "../../evil.html", "en", FrontMatter.EMPTY, Document.EMPTY,
                List.of());
        Site site = new Site(SiteConfig.named("Site", "en"), List.of(good, evil), Map.of(), Map.of(), List.of());
        Path out = temp.resolve("deep/out");
        Diagnostics diagnostics = new Diagnostics();

        new HtmlRenderer().render(site, RenderContext.builder(temp, out).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(diagnostics).build());

        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(temp.resolve("evil.html")).doesNotExist();
        assertThat(temp.resolve("deep/evil.html")).doesNotExist();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("bad-output-path");
            assertThat(d.position().file()).isEqualTo("docs/evil.md");
        });
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsOnly("deep");
    }

    @Test
    void aSiteWithoutPagesStillGetsTheThemeAnd404(@TempDir Path temp) throws IOException {
        Site site = new Site(SiteConfig.named("Empty", "en"), List.of(), Map.of(), Map.of(), List.of());
        Diagnostics diagnostics = new Diagnostics();
        var result = new HtmlRenderer().render(site, RenderContext.builder(temp, temp.resolve("out")).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(diagnostics).build());
        assertThat(temp.resolve("out/404.html")).isRegularFile();
        assertThat(result.summary()).startsWith("0 pages in 1 language");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).isEmpty();
    }

    @Test
    void aSecondBuildReplacesEachFileWholeAndNeverWritesThroughALinkPlantedInTheOutput(@TempDir Path temp)
            throws IOException {
        Page home = new Page("index.md", "docs/index.md", "index.html", "en", FrontMatter.EMPTY, Document.EMPTY,
                List.of());
        Site site = new Site(SiteConfig.named("Site", "en"), List.of(home), Map.of(), Map.of(), List.of());
        Path out = temp.resolve("out");
        new HtmlRenderer().render(site, RenderContext.builder(temp, out).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());
        String firstBuild = Files.readString(out.resolve("index.html"));
        Path outside = Files.writeString(temp.resolve("outside.txt"), "not the site's");
        Files.delete(out.resolve("404.html"));
        Files.createSymbolicLink(out.resolve("404.html"), outside);

        new HtmlRenderer().render(site, RenderContext.builder(temp, out).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());

        assertThat(out.resolve("index.html")).hasContent(firstBuild);
        assertThat(out.resolve("404.html")).isRegularFile().isNotEmptyFile();
        assertThat(Files.isSymbolicLink(out.resolve("404.html"))).isFalse();
        assertThat(outside).hasContent("not the site's");
        try (var files = Files.walk(out)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith(".folio-"));
        }
    }

    /** The parser bounds depth; what it keeps (raw HTML thousands deep included) is written without recursion trouble. */
    @Test
    void pagesNestedThousandsDeepAreWritten(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("mkdocs.yml"), "site_name: Deep\nmarkdown_extensions:\n  - md_in_html\n");
        Files.writeString(project.resolve("docs/quotes.md"), "# Quotes\n\n" + ">".repeat(20_000) + " innermost quote\n");
        Files.writeString(project.resolve("docs/divs.md"), "# Divs\n\n" + "<div markdown>\n\n".repeat(3_000)
                + "innermost div\n\n" + "</div>\n\n".repeat(3_000));
        Files.writeString(project.resolve("docs/raw.md"), "# Raw\n\n<div>" + "<div><blockquote>".repeat(5_000)
                + "innermost raw" + "</blockquote></div>".repeat(5_000) + "</div>\n");
        Site site = dev.folio.parser.FolioParser.create().load(project);
        Diagnostics diagnostics = new Diagnostics();

        new HtmlRenderer().render(site, RenderContext.builder(project, project.resolve("out")).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(diagnostics).build());

        for (String page : List.of("quotes", "divs", "raw")) {
            var html = org.jsoup.Jsoup.parse(Files.readString(project.resolve("out/" + page + "/index.html")));
            assertThat(html.select("article").text()).as(page).contains("innermost");
        }
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).doesNotContain("render-failed");
    }
}
