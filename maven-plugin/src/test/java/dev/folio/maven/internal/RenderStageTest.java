package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePosition;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderStageTest {

    /** The stage's timing lines are not what these tests check. */
    private static final SystemStreamLog QUIET = new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
        }
    };

    @TempDir
    Path project;

    private final Site site = new Site(SiteConfig.named("Guide", "en"), List.of(), Map.of(), Map.of(), List.of());

    @Test
    void givesEachRendererItsFolderTheBuildTimeAndTheOptions() throws Exception {
        Path out = project.resolve("target/site");
        Diagnostics diagnostics = new Diagnostics();
        Renderer recording = renderer("html", context -> {
            Files.writeString(context.outputDirectory().resolve("seen.txt"),
                    context.buildTime() + " " + context.option("theme").orElse("-"));
            context.diagnostics().report(Diagnostic.warning("broken-link", "x", SourcePosition.of("a.md", 1, 1)));
        });

        List<RenderResult> results = stage().run(site, List.of(new RenderTarget(recording, out)), diagnostics);

        assertThat(results).extracting(RenderResult::format).containsExactly("html");
        assertThat(Files.readString(out.resolve("seen.txt"))).isEqualTo("2026-11-23T00:00:00Z dark");
        assertThat(diagnostics.sorted()).hasSize(1);
    }

    @Test
    void aRendererThatThrowsFailsTheBuildNamingItsFormat() {
        Renderer broken = renderer("pdf", context -> {
            throw new IllegalStateException("font missing");
        });

        assertThatThrownBy(() -> stage().run(site, List.of(new RenderTarget(broken, project.resolve("target"))),
                new Diagnostics()))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("pdf: the renderer failed to write ")
                .hasMessageContaining("font missing");
    }

    private RenderStage stage() {
        return new RenderStage(QUIET, project.resolve("src/docs"), Instant.parse("2026-11-23T00:00:00Z"),
                Map.of("theme", "dark"));
    }

    private interface Body {
        void write(RenderContext context) throws IOException;
    }

    private static Renderer renderer(String format, Body body) {
        return new Renderer() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public RenderResult render(Site site, RenderContext context) throws IOException {
                body.write(context);
                return new RenderResult(format, List.of(), "done");
            }
        };
    }
}
