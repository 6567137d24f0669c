package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The up-to-date check: a build is skipped only when its input, settings and output are all unchanged. */
class UpToDateTest {

    @TempDir
    Path project;

    private final ClassLoader plugin = getClass().getClassLoader();

    @Test
    void theFingerprintChangesWithAPageAndNotWithTheOutput() throws IOException {
        Path docs = Files.createDirectories(project.resolve("docs"));
        Path site = project.resolve("docs/site");
        Files.writeString(docs.resolve("index.md"), "# Home\n");
        String first = fingerprint(docs, site, "html -> " + site);

        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "<h1>Home</h1>");
        Files.createDirectories(docs.resolve(".git"));
        Files.writeString(docs.resolve(".git/HEAD"), "ref");
        assertThat(fingerprint(docs, site, "html -> " + site)).as("output and hidden folders").isEqualTo(first);

        Files.writeString(docs.resolve("index.md"), "# Home, edited\n");
        assertThat(fingerprint(docs, site, "html -> " + site)).as("an edited page").isNotEqualTo(first);
    }

    @Test
    void theFingerprintChangesWithTheSettings() throws IOException {
        Path docs = Files.createDirectories(project.resolve("docs"));
        Files.writeString(docs.resolve("index.md"), "# Home\n");

        assertThat(fingerprint(docs, project.resolve("out"), "build time 2026-01-01T00:00:00Z"))
                .isNotEqualTo(fingerprint(docs, project.resolve("out"), "build time 2026-01-02T00:00:00Z"));
    }

    @Test
    void aSavedStateIsCurrentOnlyWhileItsOutputIsThere() throws IOException {
        Path pdf = Files.writeString(project.resolve("guide-en.pdf"), "%PDF");
        Path html = Files.writeString(project.resolve("index.html"), "<p>");
        Diagnostic warning = Diagnostic.warning("broken-link", "link to 'x\\t.md'\tpoints to\nno page | sic\r",
                SourcePosition.of("docs/index.md", 3, 7));
        Path stateFile = project.resolve("state/build-default.state");
        new BuildState("abc", Map.of(pdf, "en", html, ""), List.of(warning)).write(stateFile);

        BuildState read = BuildState.read(stateFile).orElseThrow();
        assertThat(read.outputs()).containsEntry(pdf, "en").containsEntry(html, "");
        assertThat(read.diagnostics()).containsExactly(warning);
        assertThat(read.isCurrent("abc")).isTrue();
        assertThat(read.isCurrent("abd")).isFalse();

        Files.delete(html);
        assertThat(read.isCurrent("abc")).as("a deleted output file").isFalse();
    }

    @Test
    void aMissingOrDamagedStateMeansRender() throws IOException {
        assertThat(BuildState.read(project.resolve("none.state"))).isEmpty();
        Path damaged = Files.writeString(project.resolve("damaged.state"),
                "folio-build-state\t2\nfingerprint\tabc\ndiagnostic\tLOUD\tx\tdocs/a.md\t1\t1\tx\nend\n");
        assertThat(BuildState.read(damaged)).isEmpty();
        Path cut = Files.writeString(project.resolve("cut.state"), "folio-build-state\t2\nfingerprint\tabc\n");
        assertThat(BuildState.read(cut)).as("a state whose end was never written").isEmpty();
        Path older = Files.writeString(project.resolve("older.state"), "fingerprint=abc\n");
        assertThat(BuildState.read(older)).as("a state in an earlier format").isEmpty();
    }

    @Test
    void aFileWhoseSizeAndTimeAreUnchangedIsNotReadAgainButAnEditedOneIs() throws IOException {
        Path docs = Files.createDirectories(project.resolve("docs"));
        Path page = Files.writeString(docs.resolve("index.md"), "# Home\n");
        Files.writeString(docs.resolve("new.md"), "# New\n");
        Files.setLastModifiedTime(page, FileTime.from(Instant.now().minusSeconds(60)));
        Fingerprint.Result first = Fingerprint.of(docs, List.of(), List.of(), plugin, Optional.empty());
        assertThat(first.stamps()).as("a file changed in the last seconds may change again unseen")
                .containsOnlyKeys("index.md");

        // A state that recorded another hash for the same stamp: the hash is taken from it, not from the file.
        Map<String, String> recorded = new TreeMap<>(first.files());
        recorded.put("index.md", "recorded");
        BuildState state = new BuildState(first.value(), Map.of(), List.of(), first.settings(), recorded,
                first.stamps(), Map.of());
        Path stateFile = project.resolve("state.state");
        state.write(stateFile);
        Optional<BuildState> previous = BuildState.read(stateFile);
        assertThat(Fingerprint.of(docs, List.of(), List.of(), plugin, previous).files())
                .containsEntry("index.md", "recorded")
                .containsEntry("new.md", first.files().get("new.md"));

        Files.writeString(page, "# Home, edited\n");
        Files.setLastModifiedTime(page, FileTime.from(Instant.now().minusSeconds(30)));
        assertThat(Fingerprint.of(docs, List.of(), List.of(), plugin, previous).files().get("index.md"))
                .isNotEqualTo("recorded").isNotEqualTo(first.files().get("index.md"));
    }

    private String fingerprint(Path docs, Path output, String setting) throws IOException {
        return Fingerprint.of(docs, List.of(output), List.of(setting), plugin).value();
    }
}
