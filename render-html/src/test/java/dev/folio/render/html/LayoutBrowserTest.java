package dev.folio.render.html;

import dev.folio.model.Diagnostics;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a reader sees, measured in a real browser at desktop and phone width: the site's own
 * {@code extra_javascript} (as a Material site may have) records the computed layout of the page
 * after load, and headless Chromium's DOM is read back. Skipped where Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutBrowserTest {
    /** Writes {@code <output data-fact=name>value</output>} for each thing a reader would notice. */
    private static final String PROBE = """
            window.addEventListener("load", function () {
              function shown(selector) {
                var element = document.querySelector(selector);
                if (!element) { return "missing"; }
                var style = getComputedStyle(element), box = element.getBoundingClientRect();
                return style.display !== "none" && style.visibility !== "hidden" && parseFloat(style.opacity) > 0
                    && box.width > 0 && box.height > 0 ? "shown" : "hidden";
              }
              function style(selector, property) {
                var element = document.querySelector(selector);
                return element ? getComputedStyle(element)[property] : "missing";
              }
              var facts = {
                title: shown("article h1"), heading: shown("article h2"), tabs: shown("nav.md-tabs"),
                logo: shown("a.md-logo"), menu: shown(".md-header__button--menu"),
                repository: shown(".md-header__source"), toc: shown(".md-sidebar--secondary"),
                extraCss: style(".pg-red", "color"), header: style(".md-header", "backgroundColor")
              };
              // Phone drawer: the current page's group is a panel over the whole drawer; its back arrow returns
              // to the tab's panel, whose header (a <details> summary) returns to the top level.
              if (facts.menu === "shown") {
                document.getElementById("__drawer").checked = true;
                var nav = document.querySelector(".md-nav--primary").getBoundingClientRect();
                var group = document.querySelector(".md-nav__item--panel");
                var box = group ? group.getBoundingClientRect() : null;
                facts.panel = !box ? "none" : Math.abs(box.top - nav.top) < 1 && Math.abs(box.height - nav.height) < 1
                    && Math.abs(box.width - nav.width) < 1 ? "covers" : "partial";
                facts.panelTitle = group ? group.querySelector(".md-nav__section").textContent : "";
                group.querySelector(".md-nav__expand").click();
                facts.back = group.classList.contains("md-nav__item--panel") ? "still open" : shown(".md-nav__details[open] > summary");
                document.querySelector(".md-nav__details[open] > summary").click();
                facts.top = document.querySelector(".md-nav__details[open]") ? "still open" : shown(".md-nav--primary > .md-nav__list > li > a");
              }
              // Diagrams are drawn after load: wait for mermaid's SVG (the browser's virtual time bounds the wait).
              var waited = 0;
              (function publish() {
                var pending = document.querySelector("div.mermaid:empty, pre.mermaid");
                if (pending && waited++ < 50) { setTimeout(publish, 100); return; }
                facts.diagram = document.querySelector("div.mermaid > svg") ? "svg" : "none";
                facts.diagramText = document.querySelector("div.mermaid > svg") ? document.querySelector("div.mermaid > svg").textContent : "";
                facts.math = document.querySelectorAll(".arithmatex .katex").length + " typeset";
                facts.scripts = Array.prototype.map.call(document.scripts, function (script) {
                  return script.src.replace(/^.*\\//, "");
                }).filter(Boolean).join(" ");
                Object.keys(facts).forEach(function (name) {
                  var output = document.createElement("output");
                  output.setAttribute("data-fact", name);
                  output.textContent = facts[name];
                  document.body.appendChild(output);
                });
              })();
            });
            """;

    private Path chromium;
    private Path site;
    private Path profile;

    @BeforeAll
    void buildTheProject(@TempDir Path project) throws IOException {
        chromium = onPath("chromium").or(() -> onPath("chromium-browser")).orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed");
        write(project, "mkdocs.yml", """
                site_name: Layout Guides
                repo_url: https://github.com/example/guides
                theme:
                  name: material
                  features: [navigation.tabs, navigation.sections]
                  palette:
                    - scheme: default
                      primary: red
                      accent: deep purple
                    - scheme: slate
                      primary: teal
                extra_css: [assets/extra.css]
                extra_javascript: [assets/probe.js]
                markdown_extensions:
                  - attr_list
                  - pymdownx.arithmatex:
                      generic: true
                  - pymdownx.superfences:
                      custom_fences:
                        - name: mermaid
                          class: mermaid
                          format: !!python/name:pymdownx.superfences.fence_code_format
                nav:
                  - Home: index.md
                  - Tools:
                      - Messaging:
                          - tools/messengers.md
                """);
        write(project, "docs/index.md", "# Layout Guides\n");
        write(project, "docs/tools/messengers.md", """
                ---
                title: Real-Time Communication
                ---
                ## Signal

                [Targeted attacks](../index.md){ .pg-red }

                ### Molly

                Text.
                """);
        write(project, "docs/tools/flow.md", """
                # Flow

                ``` mermaid
                graph TB
                    Start[Start] --> anonymous{Trying to be<br> anonymous?}
                    anonymous --> | Yes | tor(Use Tor)
                ```

                Energy $E = mc^2$, and

                $$
                \\int_0^1 x^2 \\, dx = \\frac{1}{3}
                $$
                """);
        write(project, "docs/assets/extra.css", ".md-typeset .pg-red { color: rgb(198, 40, 40); }");
        write(project, "docs/assets/probe.js", PROBE);
        site = project.resolve("site");
        profile = Files.createDirectories(project.resolve("profile"));
        new HtmlRenderer().render(FolioParser.create().load(project), RenderContext.builder(project, site).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());
    }

    @Test
    void onADesktopTheHeadingsTabsLogoRepositoryAndTableOfContentsAreVisible() throws Exception {
        Map<String, String> facts = facts("tools/messengers/index.html", 1280, 900);
        assertThat(facts).containsEntry("title", "shown").containsEntry("heading", "shown")
                .containsEntry("tabs", "shown").containsEntry("logo", "shown").containsEntry("repository", "shown")
                .containsEntry("toc", "shown").containsEntry("menu", "hidden");
    }

    @Test
    void onAPhoneTheNavigationMovesIntoTheDrawerAndTheHeaderKeepsOnlyWhatFits() throws Exception {
        Map<String, String> facts = facts("tools/messengers/index.html", 390, 844);
        assertThat(facts).containsEntry("title", "shown").containsEntry("heading", "shown")
                .containsEntry("menu", "shown").containsEntry("tabs", "hidden").containsEntry("logo", "hidden")
                .containsEntry("repository", "hidden").containsEntry("toc", "hidden");
        assertThat(facts).as("the drawer opens at the page's section, which slides back to its parents")
                .containsEntry("panel", "covers").containsEntry("panelTitle", "Messaging")
                .containsEntry("back", "shown").containsEntry("top", "shown");
    }

    @Test
    void diagramsAndMathAreDrawnFromTheSitesOwnCopiesOnlyWhereUsed() throws Exception {
        Map<String, String> flow = facts("tools/flow/index.html", 1280, 900);
        assertThat(flow).containsEntry("diagram", "svg").containsEntry("math", "2 typeset");
        assertThat(flow.get("diagramText")).contains("Start", "Use Tor", "Yes");
        assertThat(flow.get("scripts")).contains("mermaid.min.js", "diagrams.js", "katex.min.js", "math.js");
        var page = Jsoup.parse(Files.readString(site.resolve("tools/flow/index.html"), StandardCharsets.UTF_8));
        assertThat(page.select("script[src], link[rel=stylesheet]").eachAttr("src").toString()
                + page.select("script[src], link[rel=stylesheet]").eachAttr("href")).doesNotContain("http");
        Map<String, String> plain = facts("tools/messengers/index.html", 1280, 900);
        assertThat(plain).containsEntry("diagram", "none");
        assertThat(plain.get("scripts")).doesNotContain("mermaid", "katex");
    }

    @Test
    void theSitesOwnStylesheetApplies() throws Exception {
        assertThat(facts("tools/messengers/index.html", 1280, 900)).containsEntry("extraCss", "rgb(198, 40, 40)");
    }

    @Test
    void theHeaderTakesThePalettesPrimaryColourInEachScheme() throws Exception {
        assertThat(facts("index.html", 1280, 900)).containsEntry("header", "rgb(239, 83, 80)");
        assertThat(facts("index.html", 1280, 900, "--blink-settings=preferredColorScheme=0"))
                .containsEntry("header", "rgb(0, 148, 133)");
    }

    private Map<String, String> facts(String page, int width, int height, String... flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--virtual-time-budget=5000",
                "--dump-dom"));
        command.addAll(List.of(flags));
        command.add(site.resolve(page).toUri().toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, String> facts = new LinkedHashMap<>();
        for (Element output : Jsoup.parse(new String(dom, StandardCharsets.UTF_8)).select("output[data-fact]")) {
            facts.put(output.attr("data-fact"), output.text());
        }
        assertThat(facts).as("the probe ran").isNotEmpty();
        return facts;
    }

    private static void write(Path project, String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, name)).filter(Files::isExecutable).findFirst();
    }
}
