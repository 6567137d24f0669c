package dev.folio.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * content/docs/coming-from-mkdocs.md is generated from {@link Compatibility}'s lists, which are what folio:check
 * reports: it cannot say Folio honours what it does not. After changing a list, regenerate the page with
 * {@code ./mvnw -o -pl parser -am test -Dtest=ComingFromMkDocsPageTest -Dfolio.writeReference=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ComingFromMkDocsPageTest {
    private static final Path PAGE = Path.of("../content/docs/coming-from-mkdocs.md");

    @Test
    void thePageIsTheListsFolioCheckReportsFrom() throws Exception {
        String generated = """
                ---
                title: Coming from MkDocs
                description: What of mkdocs.yml Folio honours, and what it does not.
                ---

                # Coming from MkDocs

                A MkDocs site builds with Folio as it is; these tables say what of its `mkdocs.yml` Folio honours.
                `folio:check` lists, for your own `mkdocs.yml`, every entry Folio does not honour with its line and
                column (`-Dfolio.strict=true` makes that a failure), and every other build says how many there are.
                The tables are generated from the lists `folio:check` reports from.

                """ + Compatibility.tables();
        if (Boolean.getBoolean("folio.writeReference")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE)).as(PAGE + " is out of date: regenerate it as this class says")
                .isEqualTo(generated);
    }
}
