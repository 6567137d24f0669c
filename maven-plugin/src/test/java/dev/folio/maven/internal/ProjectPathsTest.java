package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectPathsTest {

    @TempDir
    Path project;

    @Test
    void defaultsToSrcDocs() throws IOException {
        Files.createDirectories(project.resolve("src/docs"));

        assertThat(ProjectPaths.of(project, null).sourceDirectory()).isEqualTo(project.resolve("src/docs"));
    }

    @Test
    void defaultsToTheBaseDirectoryWhenItHoldsMkdocsYml() throws IOException {
        Files.createDirectories(project.resolve("src/docs"));
        Files.writeString(project.resolve("mkdocs.yml"), "site_name: Guide\n");

        assertThat(ProjectPaths.of(project, null).sourceDirectory()).isEqualTo(project);
    }

    @Test
    void aConfigFileOfAnotherNameMakesItsFolderTheSourceDirectory() throws IOException {
        Path config = Files.writeString(Files.createDirectories(project.resolve("site")).resolve("mkdocs.en.yml"),
                "site_name: Guide\n");

        ProjectPaths paths = ProjectPaths.of(project, null, config);
        assertThat(paths.sourceDirectory()).isEqualTo(project.resolve("site"));
        assertThat(paths.configName()).isEqualTo("mkdocs.en.yml");
        Files.createDirectories(project.resolve("src/docs"));
        assertThat(ProjectPaths.of(project, null, null).configName()).isEqualTo("mkdocs.yml");
    }

    @Test
    void aWrongConfigFileIsOneMessageNamingTheParameter() throws IOException {
        assertThatThrownBy(() -> ProjectPaths.of(project, null, project.resolve("missing.yml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("configFile: " + project.resolve("missing.yml") + " is not a file. It accepts the path of"
                        + " a MkDocs configuration file of any name (default: mkdocs.yml in the sourceDirectory)");
        Path config = Files.writeString(project.resolve("mkdocs.yml"), "site_name: Guide\n");
        Path elsewhere = Files.createDirectories(project.resolve("docs"));
        assertThatThrownBy(() -> ProjectPaths.of(project, elsewhere, config))
                .hasMessageStartingWith("configFile: " + config + " is not in the sourceDirectory " + elsewhere);
    }

    @Test
    void refusesAMissingSourceDirectoryNamingTheParameter() {
        assertThatThrownBy(() -> ProjectPaths.of(project, project.resolve("docs")))
                .hasMessageStartingWith("sourceDirectory: ")
                .hasMessageContaining("is not a folder");
    }

    @Test
    void refusesAnOutputDirectoryThatIsOrContainsTheProjectOrTheSources() throws IOException {
        Files.createDirectories(project.resolve("src/docs"));
        ProjectPaths paths = ProjectPaths.of(project, null);

        assertThatThrownBy(() -> paths.checkOutput(project, "outputDirectory"))
                .hasMessageStartingWith("outputDirectory: ")
                .hasMessageContaining(" is the project's base directory");
        assertThatThrownBy(() -> paths.checkOutput(project.resolve("src"), "outputDirectory"))
                .hasMessageContaining(" contains the sourceDirectory");
        assertThatThrownBy(() -> paths.checkOutput(project.resolve("src/docs/."), "outputDirectory"))
                .hasMessageContaining(" is the sourceDirectory");
    }

    @Test
    void acceptsAFolderOfItsOwn() throws IOException {
        Files.createDirectories(project.resolve("src/docs"));

        assertThat(ProjectPaths.of(project, null).checkOutput(project.resolve("target/site"), "outputDirectory"))
                .isEqualTo(project.resolve("target/site"));
    }

    @Test
    void namesDiagnosticFilesFromTheProjectSoThatToolsCanOpenThem() throws IOException {
        Path docs = Files.createDirectories(project.resolve("src/docs/i18n/he"));
        Files.writeString(docs.resolve("index.md"), "# שלום\n");
        ProjectPaths paths = ProjectPaths.of(project, null);
        Diagnostic fromParser = Diagnostic.warning("broken-link", "no such page", SourcePosition.of("i18n/he/index.md", 4, 2));

        Diagnostic sameFile = Diagnostic.warning("broken-link", "no such anchor", SourcePosition.of("i18n/he/index.md", 9, 1));
        Diagnostic elsewhere = Diagnostic.warning("x", "y", SourcePosition.of("<input>", 1, 1));

        List<Diagnostic> shown = paths.fromProject(List.of(fromParser, elsewhere, sameFile), List.of(project.resolve("src/docs")));

        assertThat(shown).extracting(Diagnostic::toString).containsExactly(
                "src/docs/i18n/he/index.md:4:2: no such page",
                "<input>:1:1: y",
                "src/docs/i18n/he/index.md:9:1: no such anchor");
        assertThat(shown.get(1)).isSameAs(elsewhere);
    }
}
