package dev.folio.macros;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import dev.folio.model.source.PageTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mkdocs-macros' constructs, from its documentation: Markdown in, Markdown out, with the variables a site gives
 * ({@code config}, {@code extra}'s keys, {@code page}, the front matter).
 */
class MacrosSpecTest {
    @TempDir
    Path project;

    private PageTemplates.Rendered render(Map<String, Object> options, String markdown, Map<String, Object> meta)
            throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("site_name", "My Docs");
        config.put("extra", Map.of("version", "1.2", "products", List.of("alpha", "beta")));
        return new JinjaMacros().engine(config, options, project, project.resolve("docs"))
                .render(markdown, meta, "guide/index.md", "docs/guide/index.md");
    }

    private String markdown(String markdown) throws IOException {
        return render(Map.of(), markdown, Map.of("author", "Ada")).markdown();
    }

    @Test
    void variablesOfTheConfigurationExtraAndThePage() throws IOException {
        assertThat(markdown("# {{ config.site_name }} {{ version }}\n\nBy {{ page.meta.author }} ({{ author }}),"
                + " {{ extra.version }}, {{ page.file.src_path }}.\n"))
                .isEqualTo("# My Docs 1.2\n\nBy Ada (Ada), 1.2, guide/index.md.\n");
        assertThat(render(Map.of("include_dir", "inc"), "{{ config.docs_dir }} {{ plugin.include_dir }}\n", Map.of())
                .markdown()).isEqualTo("docs inc\n");
    }

    @Test
    void conditionsLoopsAssignmentsAndFilters() throws IOException {
        assertThat(markdown("""
                {% set greeting = "hello" %}{% if version == "1.2" %}Current{% else %}Old{% endif %}
                {% for p in products %}- {{ p | upper }} ({{ loop.index }})
                {% endfor %}{{ greeting | capitalize }} {{ products | join(", ") }}
                """)).isEqualTo("Current\n- ALPHA (1)\n- BETA (2)\nHello alpha, beta\n");
    }

    @Test
    void rawBlocksAndPagesThatOptOut() throws IOException {
        assertThat(markdown("{% raw %}{{ version }}{% endraw %} is {{ version }}\n"))
                .isEqualTo("{{ version }} is 1.2\n");
        assertThat(render(Map.of(), "{{ version }}\n", Map.of("render_macros", false)).markdown())
                .isEqualTo("{{ version }}\n");
        assertThat(render(Map.of("render_by_default", false), "{{ version }}\n", Map.of()).markdown())
                .isEqualTo("{{ version }}\n");
        assertThat(render(Map.of("render_by_default", false), "{{ version }}\n", Map.of("render_macros", true))
                .markdown()).isEqualTo("1.2\n");
        // force_render_paths (gitignore patterns in the docs folder): this page is guide/index.md
        assertThat(render(Map.of("render_by_default", false, "force_render_paths", "guide/*.md\n"), "{{ version }}\n",
                Map.of()).markdown()).isEqualTo("1.2\n");
    }

    @Test
    void includesFromTheIncludeFolderAndTheDocs() throws IOException {
        Files.createDirectories(project.resolve("includes"));
        Files.writeString(project.resolve("includes/note.md"), "Version {{ version }}.");
        Files.createDirectories(project.resolve("docs/parts"));
        Files.writeString(project.resolve("docs/parts/footer.md"), "Footer.");
        assertThat(render(Map.of("include_dir", "includes"), "{% include 'note.md' %} {% include 'parts/footer.md' %}\n",
                Map.of()).markdown()).isEqualTo("Version 1.2. Footer.\n");
    }

    @Test
    void undefinedVariablesAreKeptByDefaultEmptyWhenSilentAnErrorWhenStrict() throws IOException {
        String page = "{{ unknown }} and {{ unknown.attribute | upper }}, {% for x in products %}{{ x }}{% endfor %}\n";
        assertThat(markdown(page)).isEqualTo("{{ unknown }} and {{ unknown.attribute | upper }}, alphabeta\n");
        assertThat(render(Map.of("on_undefined", "silent"), page, Map.of()).markdown()).isEqualTo(" and , alphabeta\n");
        PageTemplates.Rendered strict = render(Map.of("on_undefined", "strict"), page, Map.of());
        assertThat(strict.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.code()).isEqualTo("macros"));
    }

    @Test
    void macrosOfThePythonModuleArePlaceholdersAndTheRestRenders() throws IOException {
        PageTemplates.Rendered rendered = render(Map.of(), "{{ button('Go', 'https://x') }} v{{ version }}\n",
                Map.of());
        assertThat(rendered.markdown()).isEqualTo("<span class=\"folio-placeholder\" title=\"A macro of the site's"
                + " Python code, which Folio does not run\">button(…)</span> v1.2\n");
        assertThat(messages(rendered)).singleElement().asString().contains("button", "Python");
        assertThat(markdown("{% macro hello(who) %}Hi {{ who }}{% endmacro %}{{ hello('Ada') }}\n"))
                .isEqualTo("Hi Ada\n");
    }

    /** mkdocs-macros' own test site "new_syntax": square brackets, the block start longer than the variable one. */
    @Test
    void theSitesOwnDelimiters() throws IOException {
        Map<String, Object> options = Map.of("j2_block_start_string", "[[%", "j2_block_end_string", "%]]",
                "j2_variable_start_string", "[[", "j2_variable_end_string", "]]", "j2_comment_start_string", "[#",
                "j2_comment_end_string", "#]");
        assertThat(render(options, """
                [# a comment #]It costs [[ unit_price ]] EUR.
                [[% if unit_price > 10 %]]expensive[[% else %]]cheap[[% endif %]], and {{ literal }} {% kept %}
                """, Map.of("unit_price", 8)).markdown()).isEqualTo("""
                It costs 8 EUR.
                cheap, and {{ literal }} {% kept %}
                """);
    }

    /** A Maven plugin's thread has a context class loader that does not see Jinjava's expression factory. */
    @Test
    void rendersUnderAContextClassLoaderThatKnowsNothing() throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new java.net.URLClassLoader(new java.net.URL[0], null));
        try {
            assertThat(render(Map.of(), "{% for k, v in bottles.items() %}{{ k }}={{ v }};{% endfor %}\n",
                    Map.of("bottles", new java.util.TreeMap<>(Map.of("a", 1, "b", 2)))).markdown())
                    .isEqualTo("a=1;b=2;\n");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Reproducible builds: no template reads the clock or draws at random. */
    @Test
    void theSamePageRendersTheSame() throws IOException {
        String page = "{{ products | random }} {{ products | shuffle | join(',') }} {{ today() }}\n";
        assertThat(markdown(page)).isEqualTo(markdown(page)).startsWith("alpha ");
    }

    @Test
    void aPageWithoutTemplatesIsUntouched() throws IOException {
        PageTemplates.Rendered rendered = render(Map.of(), "# Plain\n\nNo braces here.\n", Map.of());
        assertThat(rendered.markdown()).isEqualTo("# Plain\n\nNo braces here.\n");
        assertThat(rendered.diagnostics()).isEmpty();
    }

    static List<String> messages(PageTemplates.Rendered rendered) {
        return rendered.diagnostics().stream().map(Diagnostic::message).toList();
    }
}
