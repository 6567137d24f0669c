package dev.folio.render.html;

import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.PageKey;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderScope;
import dev.folio.parser.FolioParser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partial render ({@link RenderScope}), as a live preview asks for one after an edit: only the pages in scope
 * are written,
 * and what they need that the output folder lacks comes with them.
 */
class PartialRenderTest {
    private static final Instant BUILD_TIME = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anEditThatAddsTheSitesFirstDiagramBringsTheDiagramLibraryAlong(@TempDir Path project) throws IOException {
        write(project, "mkdocs.yml", "site_name: Diagrams\n");
        write(project, "docs/index.md", "# Home\n\nWelcome.\n");
        write(project, "docs/flow.md", "# Flow\n\nNo diagram yet.\n");
        Path out = project.resolve("site");
        render(project, out, RenderScope.EVERYTHING);
        assertThat(out.resolve("_folio/mermaid/mermaid.min.js")).doesNotExist();

        write(project, "docs/flow.md", "# Flow\n\n``` mermaid\ngraph LR\n  A --> B\n```\n");
        long indexWritten = Files.getLastModifiedTime(out.resolve("index.html")).toMillis();
        render(project, out, RenderScope.pages(List.of(new PageKey("en", "flow.md"))));

        var flow = Jsoup.parse(out.resolve("flow/index.html").toFile(), "UTF-8");
        assertThat(flow.select("script[src]").eachAttr("src")).contains("../_folio/mermaid/mermaid.min.js");
        assertThat(out.resolve("_folio/mermaid/mermaid.min.js")).isNotEmptyFile();
        assertThat(out.resolve("_folio/diagrams.js")).isNotEmptyFile();
        assertThat(out.resolve("_folio/katex/katex.min.js")).as("no page has math").doesNotExist();
        assertThat(Files.getLastModifiedTime(out.resolve("index.html")).toMillis())
                .as("pages not listed are left alone").isEqualTo(indexWritten);
    }

    private static void render(Path project, Path out, RenderScope scope) throws IOException {
        Site site = FolioParser.create().load(project);
        new HtmlRenderer().render(site, RenderContext.builder(project, out).buildTime(BUILD_TIME)
                .diagnostics(new Diagnostics()).scope(scope).build());
    }

    private static void write(Path project, String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
