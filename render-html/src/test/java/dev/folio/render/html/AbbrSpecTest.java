package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python-Markdown's abbr with its {@code glossary} (3.6), the example of its documentation. */
class AbbrSpecTest {
    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    @Test
    void theGlossaryAppliesToEveryPageAndAPagesOwnDefinitionWins() throws IOException {
        String config = "markdown_extensions:\n  - abbr:\n      glossary:\n        HTML: Hyper Text Markup Language\n"
                + "        W3C: World Wide Web Consortium\n";
        assertThat(SpecPages.content(project, config, "The HTML specification is maintained by the W3C.\n\n"
                + "*[W3C]: The consortium\n", diagnostics)).isEqualTo(SpecPages.canonical(
                        "<p>The <abbr title=\"Hyper Text Markup Language\">HTML</abbr> specification is maintained by"
                        + " the <abbr title=\"The consortium\">W3C</abbr>.</p>"));
    }
}
