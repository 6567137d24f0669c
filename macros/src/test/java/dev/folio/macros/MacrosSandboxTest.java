package dev.folio.macros;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.source.PageTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a page's template may not do: each attempt is one diagnostic, never a file, a class or a hang. */
class MacrosSandboxTest {
    @TempDir
    Path root;

    private PageTemplates.Rendered render(String markdown) throws IOException {
        Path project = Files.createDirectories(root.resolve("project"));
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(root.resolve("secret.txt"), "TOP SECRET");
        return new JinjaMacros().engine(Map.of("site_name", "S"), Map.of(), project, project.resolve("docs"))
                .render(markdown, Map.of(), "index.md", "docs/index.md");
    }

    @Test
    void includesOutsideTheProjectAreRefused() throws IOException {
        PageTemplates.Rendered rendered = render("A {% include '../../secret.txt' %} B\n");
        assertThat(rendered.markdown()).doesNotContain("TOP SECRET");
        assertThat(MacrosSpecTest.messages(rendered)).singleElement().asString().contains("outside the project");
        assertThat(render("{% include '/etc/passwd' %}\n").markdown()).doesNotContain("root:");
    }

    @Test
    void aLinkOutOfTheProjectIsNotFollowed() throws IOException {
        Path project = Files.createDirectories(root.resolve("project/docs"));
        Files.createSymbolicLink(project.resolve("leak.md"), root.resolve("secret.txt"));
        PageTemplates.Rendered rendered = render("{% include 'leak.md' %}\n");
        assertThat(rendered.markdown()).doesNotContain("TOP SECRET");
        assertThat(MacrosSpecTest.messages(rendered)).singleElement().asString().contains("link");
    }

    @Test
    void noJavaClassIsReachable() throws IOException {
        PageTemplates.Rendered rendered = render("{{ config.getClass() }} {{ ''.getClass().forName('java.lang.Runtime') }}"
                + " {{ config.class }}\n");
        // Refused: the page keeps its Markdown as written, no class or object of Java's is printed.
        assertThat(rendered.markdown()).doesNotContain("class java", "Runtime@", "Map");
        assertThat(rendered.diagnostics()).isNotEmpty();
        assertThat(render("{{ config.getClass() }}\n").markdown()).doesNotContain("class java");
    }

    @Test
    void aRunawayLoopIsCutShort() throws IOException {
        PageTemplates.Rendered rendered = render(
                "{% for i in range(100000000) %}{% for j in range(100000000) %}x{% endfor %}{% endfor %}\n");
        assertThat(rendered.markdown().length()).isLessThan(10_000_000);
        assertThat(rendered.diagnostics()).isNotEmpty();
    }

    @Test
    void aMacroThatCallsItselfIsRefused() throws IOException {
        PageTemplates.Rendered rendered = render("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}\n");
        assertThat(rendered.diagnostics()).isNotEmpty();
    }
}
