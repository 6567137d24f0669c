package dev.folio.model;

import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Document;
import dev.folio.model.doc.Heading;
import dev.folio.model.doc.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteTest {

    private static final SourcePosition AT = SourcePosition.of("docs/index.md", 1, 1);

    private static Page page(String language, String path, String h1) {
        Document doc = new Document(List.of(new Heading(1, List.of(new Text(h1, Attributes.EMPTY, AT)),
                Attributes.EMPTY, AT)), List.of());
        return new Page(path, "docs/" + path, UrlStyle.DIRECTORY.outputPath(path), language, FrontMatter.EMPTY, doc,
                List.of());
    }

    private final SiteConfig config = new SiteConfig("Guide", "", "", "", List.of(Language.of("en"), Language.of("he")),
            "en", UrlStyle.DIRECTORY, Map.of());

    @Test
    void a_page_knows_its_translations_by_source_path() {
        Page en = page("en", "about.md", "About");
        Page he = page("he", "about.md", "אודות");
        Site site = new Site(config, List.of(en, he, page("en", "index.md", "Home")), Map.of(), Map.of(), List.of());

        assertThat(site.translations(en)).containsOnlyKeys("he").containsValue(he);
        assertThat(site.translations(he)).containsOnlyKeys("en");
        assertThat(site.pages("en")).hasSize(2);
        assertThat(site.page("he", "index.md")).isEmpty();
    }

    @Test
    void pages_follow_the_navigation_and_pages_outside_it_are_left_out() {
        Site site = new Site(config, List.of(page("en", "a.md", "A"), page("en", "b.md", "B"), page("en", "c.md", "C")),
                Map.of("en", new Navigation(List.of(new NavItem.PageRef("B", "b.md"),
                        new NavItem.Section("More", List.of(new NavItem.PageRef("A", "a.md"),
                                new NavItem.Link("Out", "https://example.org")))))),
                Map.of(), List.of());

        assertThat(site.pagesInNavigationOrder("en")).extracting(Page::sourcePath).containsExactly("b.md", "a.md");
    }

    @Test
    void a_page_in_an_unconfigured_language_is_refused() {
        assertThatThrownBy(() -> new Site(config, List.of(page("fr", "a.md", "A")), Map.of(), Map.of(), List.of()))
                .hasMessageContaining("language fr is not configured");
    }

    @Test
    void the_title_comes_from_front_matter_then_the_first_h1_then_the_file_name() {
        assertThat(page("en", "a.md", "From heading").title()).isEqualTo("From heading");
        Page untitled = new Page("basics/why-privacy.md", "x", "x", "en", FrontMatter.EMPTY, Document.EMPTY, List.of());
        assertThat(untitled.title()).isEqualTo("Why privacy");
        Page titled = new Page("a.md", "x", "x", "en", FrontMatter.of(Map.of("title", "Front")), Document.EMPTY,
                List.of());
        assertThat(titled.title()).isEqualTo("Front");
    }

    @Test
    void output_paths_follow_mkdocs_use_directory_urls() {
        assertThat(UrlStyle.DIRECTORY.outputPath("about/team.md")).isEqualTo("about/team/index.html");
        assertThat(UrlStyle.DIRECTORY.outputPath("about/index.md")).isEqualTo("about/index.html");
        assertThat(UrlStyle.DIRECTORY.outputPath("README.md")).isEqualTo("index.html");
        assertThat(UrlStyle.DIRECTORY.linkPath("about/team.md")).isEqualTo("about/team/");
        assertThat(UrlStyle.FILE.outputPath("about/team.md")).isEqualTo("about/team.html");
    }

    @Test
    void hebrew_arabic_and_persian_are_right_to_left() {
        assertThat(Language.of("he").direction()).isEqualTo(TextDirection.RTL);
        assertThat(Language.of("fa").isRightToLeft()).isTrue();
        assertThat(Language.of("zh-Hant").isRightToLeft()).isFalse();
        assertThat(Language.of("nl").name()).isEqualTo("Nederlands");
    }

    @Test
    void diagnostics_print_like_compiler_errors_and_sort_by_place() {
        Diagnostics sink = new Diagnostics();
        sink.report(Diagnostic.warning("broken-link", "no page b.md", SourcePosition.of("docs/x.md", 12, 5)));
        sink.report(Diagnostic.error("yaml", "bad YAML", SourcePosition.of("docs/x.md", 2, 1)));

        assertThat(sink.sorted()).extracting(Diagnostic::toString)
                .containsExactly("docs/x.md:2:1: bad YAML", "docs/x.md:12:5: no page b.md");
        assertThat(sink.count(Severity.WARNING)).isEqualTo(1);
    }
}
