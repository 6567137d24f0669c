package dev.folio.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigVariablesTest {

    @TempDir
    Path project;

    @Test
    void theVariablesTheConfigurationNamesCountWithTheirValuesAndNoOthers() throws IOException {
        Path config = Files.writeString(project.resolve("mkdocs.yml"), """
                site_url: !ENV [BUILD_SITE_URL, "https://example.org/ NOT_A_NAME"]
                extra:
                  deploy: !ENV DEPLOY_ID
                  footer:
                    !ENV [
                      FOOTER_INTRO,
                      FOOTER_FALLBACK,
                      'Also NOT_A_NAME here',
                    ]
                """);

        assertThat(ConfigVariables.of(config, Map.of("BUILD_SITE_URL", "https://docs.example/", "FOOTER_INTRO", "Hi",
                "HOME", "/root")))
                .containsExactly("env BUILD_SITE_URL=https://docs.example/", "env DEPLOY_ID unset",
                        "env FOOTER_FALLBACK unset", "env FOOTER_INTRO=Hi");
    }

    @Test
    void aSiteWithoutConfigurationHasNone() throws IOException {
        assertThat(ConfigVariables.of(project.resolve("mkdocs.yml"), Map.of("HOME", "/root"))).isEmpty();
    }
}
