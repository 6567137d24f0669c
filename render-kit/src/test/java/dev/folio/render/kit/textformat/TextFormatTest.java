package dev.folio.render.kit.textformat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;
import dev.folio.parser.FolioParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A format added by a jar alone: found through ServiceLoader, run on a site the parser read, as a build runs it. */
class TextFormatTest {
    @TempDir
    Path project;

    @Test
    void aFormatOnTheClassPathIsFoundAndWritesEveryPage() throws Exception {
        Files.writeString(project.resolve("mkdocs.yml"), "site_name: Tiny\nmarkdown_extensions:\n  - admonition\n");
        Path docs = Files.createDirectories(project.resolve("docs"));
        Files.writeString(docs.resolve("index.md"), """
                # Welcome

                Read the [guide](guide.md) with **care**.

                !!! warning "Mind the gap"
                    Trains stop here.

                - one
                - two
                """);
        Files.writeString(docs.resolve("guide.md"), "# Guide\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        Site site = FolioParser.create().load(project);

        Renderer text = ServiceLoader.load(Renderer.class).stream().map(ServiceLoader.Provider::get)
                .filter(renderer -> renderer.format().equals("text")).findFirst().orElseThrow();
        Path out = project.resolve("out");
        RenderResult result = text.render(site, RenderContext.builder(project, out).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(diagnostic -> { }).build());

        assertThat(result.summary()).isEqualTo("2 text files");
        assertThat(Files.readString(out.resolve("en/index.txt"))).isEqualTo("""
                # Welcome
                Read the guide <guide.md> with care.
                WARNING: Mind the gap
                  Trains stop here.
                - one
                - two
                """);
        assertThat(Files.readString(out.resolve("en/guide.txt"))).isEqualTo("# Guide\na | b\n1 | 2\n");
    }
}
