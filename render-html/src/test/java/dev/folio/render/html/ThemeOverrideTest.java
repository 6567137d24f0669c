package dev.folio.render.html;

import dev.folio.model.Diagnostics;
import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Document;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Text;
import dev.folio.model.SourcePosition;
import dev.folio.model.render.RenderContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A site's {@code theme.custom_dir} replaces built-in templates and assets of the same name, within limits. */
class ThemeOverrideTest {
    @Test
    void aTemplateAndStylesheetInCustomDirReplaceTheBuiltInOnes(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("theme"));
        Files.writeString(project.resolve("theme/page.ftlh"),
                "<!doctype html><html lang=\"${lang}\"><title>${documentTitle}</title>"
                        + "<nav class=\"custom\">${navHtml?no_esc}</nav>"
                        + "<main class=\"custom\">${content?no_esc}</main></html>", StandardCharsets.UTF_8);
        Files.writeString(project.resolve("theme/folio.css"), "body { color: rebeccapurple; }", StandardCharsets.UTF_8);

        render(project, "Hello <b>{{ not a template }}</b> ${user}");

        var page = Jsoup.parse(Files.readString(project.resolve("out/en/index.html"), StandardCharsets.UTF_8));
        assertThat(page.selectFirst("main.custom > p").text()).isEqualTo("Hello <b>{{ not a template }}</b> ${user}");
        assertThat(page.select("nav.custom > ul.md-nav__list")).as("navHtml as a string, as templates once wrote it")
                .hasSize(1);
        assertThat(Files.readString(project.resolve("out/_folio/folio.css"))).startsWith("body { color: rebeccapurple; }");
        assertThat(project.resolve("out/404.html")).isRegularFile();
    }

    @Test
    void aTemplateCannotInstantiateJavaClasses(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("theme"));
        Files.writeString(project.resolve("theme/page.ftlh"),
                "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}", StandardCharsets.UTF_8);

        Diagnostics diagnostics = render(project, page("index.md", "text"));

        assertThat(project.resolve("out/en/index.html")).doesNotExist();
        assertThat(diagnostics.sorted()).anySatisfy(d -> assertThat(d.toString())
                .startsWith("index.md:1:1: page not written: en/index.html could not be rendered")
                .contains("page.ftlh"));
    }

    /** A site's own template that fails on one page costs that page, never the site: the rest is written. */
    @Test
    void aTemplateThatFailsOnOnePageCostsOnlyThatPage(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("theme"));
        Files.writeString(project.resolve("theme/page.ftlh"),
                "<!doctype html><html><title>${documentTitle}</title>"
                        + "<#if content?contains(\"BROKEN\")>${page.no.such.field}</#if>"
                        + "<main>${content?no_esc}</main></html>", StandardCharsets.UTF_8);

        Diagnostics diagnostics = render(project, page("index.md", "home"), page("broken.md", "BROKEN"),
                page("after.md", "after"));

        assertThat(Files.readString(project.resolve("out/en/index.html"))).contains("<p>home</p>");
        assertThat(Files.readString(project.resolve("out/en/after/index.html"))).contains("<p>after</p>");
        assertThat(project.resolve("out/en/broken/index.html")).doesNotExist();
        assertThat(Files.readString(project.resolve("out/_folio/search/en.js"))).contains("after");
        assertThat(diagnostics.sorted()).extracting(Object::toString).filteredOn(d -> d.contains("page not written"))
                .singleElement().satisfies(d -> assertThat(d).startsWith(
                        "broken.md:1:1: page not written: en/broken/index.html could not be rendered").contains("page.ftlh"));
        assertThat(diagnostics.sorted()).filteredOn(d -> d.toString().contains("page not written"))
                .allSatisfy(d -> assertThat(d.severity()).isEqualTo(dev.folio.model.Severity.ERROR));
    }

    private static void render(Path project, String text) throws IOException {
        render(project, page("index.md", text));
    }

    private static Page page(String path, String text) {
        Paragraph paragraph = new Paragraph(List.of(new Text(text, Attributes.EMPTY, SourcePosition.UNKNOWN)),
                Attributes.EMPTY, SourcePosition.UNKNOWN);
        String location = path.equals("index.md") ? "index.html" : path.replace(".md", "/index.html");
        return new Page(path, path, location, "en", FrontMatter.EMPTY, new Document(List.of(paragraph), List.of()),
                List.of());
    }

    private static Diagnostics render(Path project, Page... pages) throws IOException {
        SiteConfig config = new SiteConfig("Site", "", "", "", List.of(Language.of("en")), "en", UrlStyle.DIRECTORY,
                Map.of("theme", Map.of("name", "material", "custom_dir", "theme")));
        Site site = new Site(config, List.of(pages), Map.of(), Map.of(), List.of());
        Diagnostics diagnostics = new Diagnostics();
        new HtmlRenderer().render(site, RenderContext.builder(project, project.resolve("out")).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(diagnostics).build());
        return diagnostics;
    }
}
