package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Site;
import dev.folio.model.render.PageKey;
import dev.folio.model.render.RenderScope;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** One build as every goal runs it: plan, load, scope, render, report, save; with a memory kept by the test. */
class BuildPipelineTest {

    @TempDir
    Path project;

    private Path docs;
    private Path output;
    private BuildPipeline pipeline;
    private final TestMemory memory = new TestMemory();
    private final List<Map<Path, String>> publishedAgain = new ArrayList<>();

    @BeforeEach
    void site() throws IOException {
        docs = Files.createDirectories(project.resolve("src/docs"));
        Files.writeString(docs.resolve("index.md"), "# Home\n\nSee [the missing page](missing.md).\n");
        Files.writeString(docs.resolve("guide.md"), "# Guide\n\nThe first version.\n");
        Files.writeString(docs.resolve("old.md"), "# Old\n\nGoing away.\n");
        Files.createDirectories(docs.resolve("i18n/he"));
        Files.writeString(docs.resolve("i18n/he/index.md"), "# בית\n");
        output = project.resolve("target/site");
        pipeline = newPipeline();
    }

    /** A pipeline as one goal's execution makes it: a second one is the next {@code mvn} run, in a new JVM. */
    private BuildPipeline newPipeline() {
        SystemStreamLog log = new SystemStreamLog();
        LanguageSelection all = new LanguageSelection(List.of());
        RenderStage stage = new RenderStage(log, docs, BuildTime.UNSET, Map.of());
        RenderTarget html = new RenderTarget(RendererCatalog.load(getClass().getClassLoader())
                .select(List.of("html"), "test").get(0), output);
        return new BuildPipeline(log, ProjectPaths.of(project, docs),
                new SiteLoader(log, "Pipeline", all, "mkdocs.yml", null), all, stage, () -> List.of(html),
                RenderScope::pagesAndTheirSearchIndexes, new BuildPipeline.Publications() {
                    @Override
                    public Map<Path, String> publish(Site site, List<Path> files) {
                        return Map.of();
                    }

                    @Override
                    public void publishAgain(Map<Path, String> labelled) {
                        publishedAgain.add(labelled);
                    }
                });
    }

    /** Found by hand: a new JVM's pipeline rendered a partial edit in no format at all, and wrote nothing. */
    @Test
    void theNextBuildsEditIsWrittenToo() throws Exception {
        pipeline.run(memory);
        Files.writeString(docs.resolve("guide.md"), "# Guide\n\nThe second version.\n");
        memory.edited = Optional.of(Set.of(docs.resolve("guide.md")));

        BuildPipeline.Outcome next = newPipeline().run(memory);

        assertThat(next.pages()).as("a partial render").isPresent();
        assertThat(Files.readString(output.resolve("guide/index.html"))).contains("The second version.");
    }

    @Test
    void anEditRendersWhatItAffectsAndKeepsWhatTheLastBuildFoundElsewhere() throws Exception {
        BuildPipeline.Outcome first = pipeline.run(memory);
        assertThat(first.pages()).as("nothing to build on: everything").isEmpty();
        assertThat(first.diagnostics()).extracting(Diagnostic::code).containsExactly("broken-link");
        assertThat(first.diagnostics().get(0).position().file()).as("named from the project")
                .isEqualTo("src/docs/index.md");
        Path home = output.resolve("index.html");
        Files.setLastModifiedTime(home, FileTime.fromMillis(0));

        Files.writeString(docs.resolve("guide.md"), "# Guide\n\nThe second version.\n");
        memory.edited = Optional.of(Set.of(docs.resolve("guide.md")));
        BuildPipeline.Outcome second = pipeline.run(memory);

        assertThat(second.pages()).hasValue(Set.of(new PageKey("en", "guide.md"), new PageKey("he", "guide.md")));
        assertThat(Files.readString(output.resolve("guide/index.html"))).contains("The second version.");
        assertThat(Files.readString(output.resolve("he/guide/index.html"))).contains("The second version.");
        assertThat(Files.getLastModifiedTime(home).toMillis()).as("the home page is not written again").isZero();
        assertThat(second.diagnostics()).as("the home page's broken link is still known")
                .extracting(Diagnostic::code).containsExactly("broken-link");
        assertThat(second.fresh()).as("but it is not news").isEmpty();
        assertThat(second.next().outputs()).as("every file of the site, for the next build")
                .containsKeys(home, output.resolve("guide/index.html"), output.resolve("old/index.html"));
        assertThat(memory.saved).hasSize(2);
    }

    @Test
    void aDeletedPageRendersEverythingAndItsFilesGo() throws Exception {
        pipeline.run(memory);
        assertThat(output.resolve("old/index.html")).isRegularFile();
        assertThat(output.resolve("he/old/index.html")).isRegularFile();

        Files.delete(docs.resolve("old.md"));
        memory.edited = Optional.of(Set.of(docs.resolve("old.md")));
        BuildPipeline.Outcome after = pipeline.run(memory);

        assertThat(after.pages()).isEmpty();
        assertThat(output.resolve("old")).doesNotExist();
        assertThat(output.resolve("he/old")).doesNotExist();
        assertThat(output.resolve("guide/index.html")).isRegularFile();
        assertThat(after.next().outputs()).doesNotContainKey(output.resolve("old/index.html"));
    }

    @Test
    void anUpToDatePlanReadsAndWritesNothingAndPublishesTheLastBuildsFilesAgain() throws MojoExecutionException {
        Path guide = output.resolve("guide-en.pdf");
        Diagnostic known = Diagnostic.warning("broken-link", "known", dev.folio.model.SourcePosition.of("a.md", 1, 1));
        BuildPipeline.Outcome outcome = pipeline.run(new TestMemory() {
            @Override
            public BuildPipeline.Plan plan() {
                return new BuildPipeline.Plan.UpToDate(Map.of(guide, "en"), List.of(known));
            }
        });
        assertThat(outcome.site()).isEmpty();
        assertThat(outcome.diagnostics()).containsExactly(known);
        assertThat(publishedAgain).containsExactly(Map.of(guide, "en"));
        assertThat(output).as("nothing written").doesNotExist();
    }

    private static class TestMemory implements BuildPipeline.Memory {

        Optional<Set<Path>> edited = Optional.empty();
        final List<BuildPipeline.Last> saved = new ArrayList<>();

        @Override
        public BuildPipeline.Plan plan() throws MojoExecutionException {
            return new BuildPipeline.Plan.Render(saved.isEmpty() ? Optional.empty()
                    : Optional.of(saved.get(saved.size() - 1)), edited);
        }

        @Override
        public CompletableFuture<Void> save(BuildPipeline.Last next) {
            saved.add(next);
            return CompletableFuture.completedFuture(null);
        }
    }
}
