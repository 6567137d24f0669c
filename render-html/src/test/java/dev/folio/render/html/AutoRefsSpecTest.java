package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mkdocs-autorefs' cross-references (its documentation's forms): {@code [text][identifier]} and {@code [identifier][]}
 * lead to the heading with that anchor on any page, or to the placeholder of the nearest documented API object; one
 * that nothing has is its text alone, reported; an ordinary reference link is untouched.
 */
class AutoRefsSpecTest {
    @TempDir
    Path project;

    private Document build(String plugins) throws IOException {
        Files.createDirectories(project.resolve("docs/guide"));
        Files.writeString(project.resolve("mkdocs.yml"), "site_name: Refs\n" + plugins);
        Files.writeString(project.resolve("docs/index.md"), """
                # Home

                See [the usage][usage], [`pkg.mod.Thing`][], [Thing][pkg.mod.Thing.method], [nowhere][missing.thing],
                [a definition][def] and [two words][not an identifier].

                [def]: https://example.com
                """);
        Files.writeString(project.resolve("docs/guide/usage.md"), "# Guide\n\n## Usage\n\nText.\n");
        Files.writeString(project.resolve("docs/api.md"), "# API\n\n::: pkg.mod\n");
        Diagnostics diagnostics = new Diagnostics();
        Site site = FolioParser.create().load(project);
        new HtmlRenderer().render(site, RenderContext.builder(project, project.resolve("site"))
                .buildTime(Instant.EPOCH).options(Map.of()).diagnostics(diagnostics).build());
        this.diagnostics = diagnostics;
        return Jsoup.parse(project.resolve("site/index.html").toFile(), "UTF-8");
    }

    private Diagnostics diagnostics;

    @Test
    void crossReferencesLeadToHeadingsAndApiReferencesAnywhereInTheSite() throws IOException {
        Document page = build("plugins:\n  - search\n  - mkdocstrings\n");
        var article = page.selectFirst("article");
        assertThat(article.select("a[href]").eachAttr("href")).containsExactly("guide/usage/#usage", "api/#pkg.mod",
                "api/#pkg.mod", "https://example.com");
        assertThat(article.select("a[href=api/#pkg.mod]").first().html()).isEqualTo("<code>pkg.mod.Thing</code>");
        // Marked as mkdocs-autorefs marks them; a member found in its parent's reference is titled by its name.
        assertThat(article.select("a.autorefs.autorefs-internal")).hasSize(3);
        assertThat(article.select("a[href=api/#pkg.mod]").eachAttr("title")).containsExactly("Thing", "method");
        assertThat(article.selectFirst("a[href=guide/usage/#usage]").hasAttr("title")).isFalse();
        assertThat(article.text()).contains(
                "See the usage, pkg.mod.Thing, Thing, nowhere, a definition and [two words][not an identifier].");
        assertThat(diagnostics.sorted()).filteredOn(d -> d.code().equals("unresolved-reference"))
                .extracting(Diagnostic::message).singleElement().asString().contains("missing.thing");
    }

    @Test
    void withoutAutorefsTheBracketsStayText() throws IOException {
        Document page = build("plugins:\n  - search\n");
        assertThat(page.selectFirst("article").text()).contains("[the usage][usage]");
    }
}
