package dev.folio.render.html;

import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReproducibilityTest {
    @Test
    void renderingTheSameSiteTwiceGivesByteIdenticalFiles(@TempDir Path temp) throws IOException {
        Site site = TestSite.create(temp.resolve("project"));
        Instant buildTime = Instant.parse("2026-11-23T00:00:00Z");
        Diagnostics first = new Diagnostics();
        Diagnostics second = new Diagnostics();
        new HtmlRenderer().render(site, RenderContext.builder(temp.resolve("project"), temp.resolve("a")).buildTime(buildTime).options(Map.of()).diagnostics(first).build());
        new HtmlRenderer().render(site, RenderContext.builder(temp.resolve("project"), temp.resolve("b")).buildTime(buildTime).options(Map.of()).diagnostics(second).build());

        List<Path> filesA = relativeFiles(temp.resolve("a"));
        assertThat(filesA).isNotEmpty().isEqualTo(relativeFiles(temp.resolve("b")));
        for (Path file : filesA) {
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(file)))
                    .as(file.toString()).isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(file)));
        }
        assertThat(second.sorted()).isEqualTo(first.sorted());
    }

    @Test
    void leavesNoTemporaryFilesBehindAndWritesReadableFiles(@TempDir Path temp) throws IOException {
        Site site = TestSite.create(temp.resolve("project"));
        new HtmlRenderer().render(site, RenderContext.builder(temp.resolve("project"), temp.resolve("out")).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());
        assertThat(relativeFiles(temp.resolve("out"))).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        Path page = temp.resolve("out/en/index.html");
        if (page.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(page)))
                    .as("a published page is readable by the web server").startsWith("rw-r--r--");
        }
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
