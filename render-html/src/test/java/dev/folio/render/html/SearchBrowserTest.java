package dev.folio.render.html;

import dev.folio.model.Diagnostics;
import dev.folio.model.render.RenderContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the offline search in a real browser: headless Chromium opens a page with {@code ?q=…}, the
 * page's script loads the language's index and lists the results, and the DOM is read back. Skipped
 * where Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {
    private Path chromium;
    private Path site;
    private Path profile;

    @BeforeAll
    void renderTheSite(@TempDir Path temp) throws IOException {
        chromium = onPath("chromium").or(() -> onPath("chromium-browser")).orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed");
        site = temp.resolve("site");
        profile = Files.createDirectories(temp.resolve("profile"));
        new HtmlRenderer().render(TestSite.create(temp.resolve("project")), RenderContext.builder(temp.resolve("project"), site).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());
    }

    @Test
    void findsAHeadingOfAnotherPageAndLinksToItsAnchor() throws Exception {
        List<Element> results = search("en/index.html", "adversar");
        assertThat(results).isNotEmpty();
        assertThat(results.get(0).attr("href")).isEqualTo("../en/basics/threats/#adversaries");
        assertThat(results.get(0).selectFirst(".md-search__title").text()).isEqualTo("Threats › Adversaries");
    }

    @Test
    void ranksATitleMatchAboveATextMatch() throws Exception {
        List<Element> results = search("en/basics/threats/index.html", "threats");
        assertThat(results.get(0).selectFirst(".md-search__title").text()).startsWith("Threats");
    }

    @Test
    void foldsDiacriticsAndCase() throws Exception {
        assertThat(search("en/index.html", "CAFE grosse")).isEmpty();
        assertThat(search("en/index.html", "CAFE große")).extracting(e -> e.attr("href")).containsExactly("../en/#why");
    }

    @Test
    void findsChineseWordsWrittenWithoutSpaces() throws Exception {
        List<Element> results = search("zh-Hant/index.html", "隱私");
        assertThat(results).extracting(e -> e.attr("href")).containsExactly("../zh-Hant/#_1");
    }

    /** The result links Chromium shows for the query on the page. */
    private List<Element> search(String page, String query) throws Exception {
        String url = site.resolve(page).toUri() + "?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Jsoup.parse(new String(dom, StandardCharsets.UTF_8)).select(".md-search__results a.md-search__link");
    }

    private static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, name)).filter(Files::isExecutable).findFirst();
    }
}
