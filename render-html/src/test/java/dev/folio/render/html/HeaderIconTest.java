package dev.folio.render.html;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Document;
import dev.folio.model.render.RenderContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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

/** The header's logo as an icon ({@code theme.icon.logo}), and what is refused around it. */
class HeaderIconTest {
    @Test
    void anIconLogoIsInlinedAndAFaviconOnAnotherHostIsNotLoaded(@TempDir Path project) throws IOException {
        Map<String, Object> raw = Map.of(
                "theme", Map.of("name", "material", "icon", Map.of("logo", "simple/mastodon"),
                        "favicon", "https://cdn.example.com/favicon.png"),
                "copyright", "<a href=\"javascript:alert(1)\">Us</a> &amp; <A HREF='https://example.org/'>them</A>");
        SiteConfig config = new SiteConfig("Site", "", "", (String) raw.get("copyright"), List.of(Language.of("en")),
                "en", UrlStyle.DIRECTORY, raw);
        Page page = new Page("index.md", "index.md", "index.html", "en", FrontMatter.of(Map.of("title", "Home")),
                new Document(List.of(), List.of()), List.of());
        Diagnostics sink = new Diagnostics();
        new HtmlRenderer().render(new Site(config, List.of(page), Map.of(), Map.of(), List.of()),
                RenderContext.builder(project, project.resolve("out")).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(sink).build());

        var html = Jsoup.parse(Files.readString(project.resolve("out/en/index.html"), StandardCharsets.UTF_8));
        Element logo = html.selectFirst("a.md-logo > svg");
        assertThat(logo.selectFirst("path").attr("d")).startsWith("M23.268 5.313");
        assertThat(html.select("link[rel=icon]")).isEmpty();
        assertThat(html.html()).doesNotContain("cdn.example.com");
        assertThat(sink.sorted()).extracting(Diagnostic::code).contains("external-asset");
        Element copyright = html.selectFirst(".md-copyright");
        assertThat(copyright.text()).isEqualTo("Us & them");
        assertThat(copyright.select("a")).hasSize(2);
        assertThat(copyright.select("a[href]").eachAttr("href")).as("the javascript: link loses its href")
                .containsExactly("https://example.org/");
    }
}
