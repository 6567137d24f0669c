package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticReportTest {

    private final Diagnostic brokenLink = Diagnostic.warning("broken-link", "link to 'missing.md' points to no page",
            SourcePosition.of("src/docs/index.md", 7, 3));
    private final Diagnostic badYaml = Diagnostic.error("yaml", "front matter is not YAML",
            SourcePosition.of("src/docs/about.md", 2, 1));
    private final Diagnostic note = Diagnostic.info("note", "page has no title", SourcePosition.of("src/docs/z.md", 1, 1));

    @Test
    void logsEachDiagnosticAtItsLevelSortedByFileAndLineThenASummary() {
        List<String> lines = new ArrayList<>();
        new DiagnosticReport(List.of(note, brokenLink, badYaml, brokenLink)).log(recording(lines));

        assertThat(lines).containsExactly(
                "[ERROR] src/docs/about.md:2:1: front matter is not YAML [yaml]",
                "[WARNING] src/docs/index.md:7:3: link to 'missing.md' points to no page [broken-link]",
                "[INFO] src/docs/z.md:1:1: page has no title [note]",
                "[INFO] 1 error, 1 warning, 1 note");
    }

    @Test
    void failureMessageGivesTheCountAndTheFirstPlace() {
        DiagnosticReport report = new DiagnosticReport(List.of(note, brokenLink));

        assertThat(report.problems(Set.of())).isEqualTo(1);
        assertThat(report.failureMessage(Set.of())).isEqualTo("failOnWarning: the site has 1 error or warning;"
                + " the first is src/docs/index.md:7:3: link to 'missing.md' points to no page");
    }

    @Test
    void excludedCodesDoNotCountTowardsFailOnWarning() {
        DiagnosticReport report = new DiagnosticReport(List.of(badYaml, brokenLink));

        assertThat(report.problems(Set.of("broken-link"))).isEqualTo(1);
        assertThat(report.failureMessage(Set.of("yaml"))).contains("1 error or warning").contains("src/docs/index.md:7:3");
        assertThat(report.problems(Set.of("broken-link", "yaml"))).isZero();
    }

    @Test
    void saysSoWhenThereIsNothingToReport() {
        List<String> lines = new ArrayList<>();
        new DiagnosticReport(List.of()).log(recording(lines));

        assertThat(lines).containsExactly("[INFO] No problems found");
    }

    /** A Maven log that keeps its lines as Maven prints them. */
    private static Log recording(List<String> lines) {
        return (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("is")) {
                        return true;
                    }
                    String level = method.getName().equals("warn") ? "WARNING" : method.getName().toUpperCase();
                    lines.add("[" + level + "] " + args[0]);
                    return null;
                });
    }
}
