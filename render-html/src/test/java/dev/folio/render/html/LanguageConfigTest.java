package dev.folio.render.html;

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

/** A page shows the site's texts as its own language reads mkdocs.yml ({@code Site.config(language)}). */
class LanguageConfigTest {
    private static SiteConfig config(String description, String copyright, String forum) {
        Map<String, Object> raw = Map.of("extra", Map.of("social", List.of(
                Map.of("icon", "simple/discourse", "link", "https://discuss.privacyguides.net/", "name", forum))));
        return new SiteConfig("Privacy Guides", "", description, copyright,
                List.of(Language.of("en"), Language.of("he")), "en", UrlStyle.DIRECTORY, raw);
    }

    @Test
    void eachLanguageGetsItsOwnDescriptionCopyrightAndSocialNames(@TempDir Path project) throws IOException {
        SiteConfig english = config("Your privacy resource.", "Privacy Guides and contributors.", "Forum");
        SiteConfig hebrew = config("אתר בעל מוטיבציה חברתית.", "Privacy Guides ותורמים.", "פורום");
        List<Page> pages = List.of(page("en"), page("he"));
        Site site = new Site(english, Map.of("en", english, "he", hebrew), pages, Map.of(), Map.of(), List.of());

        new HtmlRenderer().render(site, RenderContext.builder(project, project.resolve("out")).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());

        var he = Jsoup.parse(Files.readString(project.resolve("out/he/index.html"), StandardCharsets.UTF_8));
        assertThat(he.selectFirst("meta[name=description]").attr("content")).isEqualTo("אתר בעל מוטיבציה חברתית.");
        assertThat(he.selectFirst(".md-copyright").text()).isEqualTo("Privacy Guides ותורמים.");
        assertThat(he.select(".md-social a").eachAttr("title")).containsExactly("פורום");
        var en = Jsoup.parse(Files.readString(project.resolve("out/en/index.html"), StandardCharsets.UTF_8));
        assertThat(en.selectFirst(".md-copyright").text()).isEqualTo("Privacy Guides and contributors.");
        assertThat(en.select(".md-social a").eachAttr("title")).containsExactly("Forum");
    }

    private static Page page(String language) {
        return new Page("index.md", "index.md", "index.html", language, FrontMatter.of(Map.of("title", "Home")),
                new Document(List.of(), List.of()), List.of());
    }
}
