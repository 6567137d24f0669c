package dev.folio.maven.internal;

import dev.folio.model.Site;
import dev.folio.model.render.PageKey;
import dev.folio.parser.FolioParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The incremental rules a build after an edit and folio:serve share. */
class IncrementTest {
    @TempDir
    Path project;

    private Site site() {
        return FolioParser.create().load(project.resolve("docs"));
    }

    private Path write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void anEditThatKeepsAPagesShapeRendersThatPageAndItsUntranslatedCopies() throws IOException {
        write("docs/index.md", "# Home\n\nWelcome.\n");
        Path guide = write("docs/guide.md", "# Guide\n\nThe first version.\n");
        write("docs/i18n/he/index.md", "# בית\n");
        Increment before = Increment.of(site());

        write("docs/guide.md", "# Guide\n\nThe second version.\n");
        Site after = site();
        assertThat(Increment.pagesOnly(after, List.of(guide))).isTrue();
        assertThat(before.affected(after, List.of(guide))).hasValue(Set.of(new PageKey("en", "guide.md"),
                new PageKey("he", "guide.md")));
    }

    @Test
    void aNewTitleOrAnyOtherFileRendersEverythingAndEverythingIsRemembered() throws IOException {
        Path guide = write("docs/guide.md", "# Guide\n\nText.\n");
        write("docs/index.md", "# Home\n");
        Increment before = Increment.of(site());

        write("docs/guide.md", "# Guide, renamed\n\nText.\n");
        Site after = site();
        assertThat(before.affected(after, List.of(guide))).as("other pages show its title").isEmpty();
        Path image = write("docs/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        assertThat(Increment.pagesOnly(after, List.of(guide, image))).isFalse();

        Increment remembered = before.after(after, Optional.of(Set.of(new PageKey("en", "guide.md"))));
        assertThat(remembered.affected(after, List.of(guide))).as("judged against the new title now")
                .hasValue(Set.of(new PageKey("en", "guide.md")));
        assertThat(before.after(after, Optional.empty())).isEqualTo(Increment.of(after));
    }
}
