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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        assertThatThrownBy(() -> render(project, "text"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("page.ftlh");
        assertThat(project.resolve("out/en/index.html")).doesNotExist();
    }

    private static void render(Path project, String text) throws IOException {
        SiteConfig config = new SiteConfig("Site", "", "", "", List.of(Language.of("en")), "en", UrlStyle.DIRECTORY,
                Map.of("theme", Map.of("name", "material", "custom_dir", "theme")));
        Paragraph paragraph = new Paragraph(List.of(new Text(text, Attributes.EMPTY, SourcePosition.UNKNOWN)),
                Attributes.EMPTY, SourcePosition.UNKNOWN);
        Page page = new Page("index.md", "index.md", "index.html", "en", FrontMatter.EMPTY,
                new Document(List.of(paragraph), List.of()), List.of());
        Site site = new Site(config, List.of(page), Map.of(), Map.of(), List.of());
        new HtmlRenderer().render(site, new RenderContext(project, project.resolve("out"), Instant.EPOCH, Map.of(),
                new Diagnostics()));
    }
}
