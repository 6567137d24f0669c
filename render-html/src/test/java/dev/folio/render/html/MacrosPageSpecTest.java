package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A site with mkdocs-macros: its pages are rendered as Jinja templates before they are read as Markdown (the engine
 * found with ServiceLoader, as the Maven plugin finds it), so a macro's output is Markdown like any other.
 */
class MacrosPageSpecTest extends ExtensionSpec {
    private static final String CONFIG = """
            site_name: Macro Docs
            extra:
              version: "2.1"
              features: [fast, safe]
            plugins:
              - search
              - macros
            """;

    /** Jinja keeps the line ends around its tags (no trim_blocks): the items are apart, a loose list, as in MkDocs. */
    @Test
    void variablesAndLoopsBecomeMarkdown() throws IOException {
        assertThat(page(CONFIG, """
                ---
                author: Ada
                ---
                Welcome to **{{ config.site_name }}** {{ version }} by {{ author }}.

                {% for f in features %}
                - *{{ f }}*
                {% endfor %}
                """)).isEqualTo(expected("""
                <p>Welcome to <strong>Macro Docs</strong> 2.1 by Ada.</p>
                <ul><li><p><em>fast</em></p></li><li><p><em>safe</em></p></li></ul>"""));
    }

    @Test
    void withoutThePluginTheBracesAreText() throws IOException {
        assertThat(page("site_name: Plain\n", "Version {{ version }}\n"))
                .isEqualTo(expected("<p>Version {{ version }}</p>"));
    }
}
