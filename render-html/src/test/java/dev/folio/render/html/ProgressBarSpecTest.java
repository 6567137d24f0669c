package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pymdownx.progressbar, Markdown in and HTML out: the examples of its documentation, each expected HTML as
 * pymdown-extensions (9.5, with attr_list) writes it.
 */
class ProgressBarSpecTest {
    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String options, String markdown) throws IOException {
        return SpecPages.content(project, "markdown_extensions:\n  - attr_list\n  - pymdownx.progressbar" + options,
                markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    private static String bar(String classes, String width, String label) {
        return "<div class=\"" + classes + "\"><div class=\"progress-bar\" style=\"width:" + width + "%\">"
                + "<p class=\"progress-label\">" + label + "</p></div></div>";
    }

    @Test
    void percentagesWithLabelsAndLevelClasses() throws IOException {
        assertThat(html("\n", "[=0% \"0%\"]\n[=45% \"45%\"]\n[=100% \"100%\"]\n")).isEqualTo(expected("<p>"
                + bar("progress progress-0plus", "0.00", "0%") + "\n" + bar("progress progress-40plus", "45.00", "45%")
                + "\n" + bar("progress progress-100plus", "100.00", "100%") + "</p>"));
    }

    @Test
    void attributeListsAndFractions() throws IOException {
        assertThat(html("\n", "[=85% \"85%\"]{: .candystripe}\n[=1/3]{: .thin #bar}\n")).isEqualTo(expected("<p>"
                + bar("progress progress-80plus candystripe", "85.00", "85%") + "\n"
                + bar("progress progress-20plus thin\" id=\"bar", "33.33", "") + "</p>"));
    }

    @Test
    void optionsChangeTheClasses() throws IOException {
        assertThat(html(":\n      level_class: false\n      add_classes: big\n", "Text [=50%] inline.\n"))
                .isEqualTo(expected("<p>Text " + bar("big progress", "50.00", "") + " inline.</p>"));
        assertThat(html(":\n      progress_increment: 25\n", "[=60%]\n"))
                .isEqualTo(expected("<p>" + bar("progress progress-50plus", "60.00", "") + "</p>"));
    }

    @Test
    void withoutTheExtensionItIsText() throws IOException {
        assertThat(SpecPages.content(project, "markdown_extensions:\n  - attr_list\n", "[=50%]\n", diagnostics))
                .isEqualTo(expected("<p>[=50%]</p>"));
    }
}
