package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.model.Diagnostics;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Annotations as a reader meets them, in headless Chromium with real mouse input: a click on a code block's marker
 * opens its note beside it, inside the window, and a second click closes it; a text's markers ({@code { .annotate }})
 * are made by the page's script and open the same way; in print the notes are the list under the block. Screenshots of
 * the open note, light and dark, are left in {@code target/screenshots}. Skipped where Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnotationBrowserTest {
    private static final String PAGE = """
            # Context

            ```python
            from dataclasses import dataclass

            @dataclass
            class UserInfo:  # (1)!
                name: str
                uid: int

            async def main():
                user = UserInfo(name="John", uid=123)  # (2)
                result = await Runner.run(agent, "What is my age?", context=user)
                print(result.final_output)
            ```

            1.  The context object: a dataclass here, but any type will do.
            2.  The context is passed to `Runner.run`.

            The agent reads the context (1) when a tool runs.
            { .annotate }

            1.  Tools receive it through a `RunContextWrapper`.
            """;

    private Path chromium;
    private Path page;
    private BrowserSession browser;

    @BeforeAll
    void renderThePage(@TempDir Path temp) throws Exception {
        chromium = onPath("chromium").or(() -> onPath("chromium-browser")).orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed");
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("mkdocs.yml"), """
                site_name: Annotations
                theme:
                  name: material
                  features:
                    - content.code.annotate
                markdown_extensions:
                  - attr_list
                  - md_in_html
                  - pymdownx.superfences
                  - pymdownx.highlight:
                      anchor_linenums: true
                      line_spans: __span
                      pygments_lang_class: true
                """);
        Files.writeString(project.resolve("docs/index.md"), PAGE);
        Path site = temp.resolve("site");
        new HtmlRenderer().render(FolioParser.create().load(project), RenderContext.builder(project, site)
                .buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());
        page = site.resolve("index.html");
        browser = BrowserSession.open(chromium, temp.resolve("profile"), 1000, 760);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void open(String scheme) throws Exception {
        browser.emulate("screen", scheme);
        browser.navigate(page.toUri().toString());
    }

    private String tooltipState(String annotation) throws Exception {
        String tooltip = "document.querySelector(" + BrowserSession.quoted(annotation + " .md-tooltip") + ")";
        return browser.evaluate("getComputedStyle(" + tooltip + ").visibility + ' ' + getComputedStyle(" + tooltip
                + ").opacity");
    }

    @Test
    void clickingACodeMarkerOpensItsNoteBesideItAndASecondClickClosesIt() throws Exception {
        open("light");
        String first = ".highlight .md-annotation";
        assertThat(browser.evaluate("document.querySelectorAll('.highlight .md-annotation').length")).isEqualTo("2");
        assertThat(tooltipState(first)).isEqualTo("hidden 0");

        browser.click(first + " .md-annotation__index");
        Thread.sleep(400);
        assertThat(tooltipState(first)).isEqualTo("visible 1");
        String tooltip = "document.querySelector('.highlight .md-tooltip')";
        assertThat(browser.evaluate(tooltip + ".innerText.trim()"))
                .isEqualTo("The context object: a dataclass here, but any type will do.");
        // Beside its marker, wholly inside the window, and the page did not jump to the tooltip's anchor.
        String box = tooltip + ".getBoundingClientRect()";
        String marker = "document.querySelector('.highlight .md-annotation__index').getBoundingClientRect()";
        assertThat(browser.evaluate(box + ".left >= 0 && " + box + ".right <= innerWidth")).isEqualTo("true");
        assertThat(browser.evaluate("Math.abs(" + box + ".top - (" + marker + ".top + " + marker + ".height / 2)) < 2"))
                .isEqualTo("true");
        assertThat(browser.evaluate("location.hash")).isEmpty();
        browser.screenshot(Path.of("target/screenshots/annotation-light.png"));

        browser.click(first + " .md-annotation__index");
        Thread.sleep(400);
        assertThat(tooltipState(first)).isEqualTo("hidden 0");
        // The comment of "(1)!" is gone; "# (2)" keeps its comment sign.
        assertThat(browser.evaluate("document.querySelectorAll('.highlight .c1')[0].textContent.trim()"))
                .isEqualTo("The context object: a dataclass here, but any type will do.");
        assertThat(browser.evaluate("document.querySelectorAll('.highlight .c1')[1].firstChild.textContent"))
                .isEqualTo("# ");
    }

    @Test
    void aTextsMarkersAreMadeByThePageScriptAndOpenTheirNote() throws Exception {
        open("light");
        assertThat(browser.evaluate("document.querySelectorAll('p.annotate .md-annotation').length")).isEqualTo("1");
        assertThat(browser.evaluate("document.querySelector('p.annotate').textContent")).doesNotContain("(1)");
        assertThat(browser.evaluate("document.querySelector('p.annotate + ol').hidden")).isEqualTo("true");
        browser.click("p.annotate .md-annotation__index");
        Thread.sleep(400);
        assertThat(tooltipState("p.annotate")).isEqualTo("visible 1");
        assertThat(browser.evaluate("document.querySelector('p.annotate .md-tooltip').innerText.trim()"))
                .isEqualTo("Tools receive it through a RunContextWrapper.");
    }

    @Test
    void inDarkModeTheNoteIsDarkToo() throws Exception {
        open("dark");
        assertThat(browser.evaluate("document.documentElement.getAttribute('data-md-color-scheme')")).isEqualTo("slate");
        browser.click(".highlight .md-annotation__index");
        Thread.sleep(400);
        assertThat(tooltipState(".highlight .md-annotation")).isEqualTo("visible 1");
        assertThat(browser.evaluate("getComputedStyle(document.querySelector('.highlight .md-tooltip')).backgroundColor"))
                .isNotEqualTo("rgb(255, 255, 255)");
        browser.screenshot(Path.of("target/screenshots/annotation-dark.png"));
    }

    @Test
    void inPrintTheNotesAreTheNumberedListUnderTheBlock() throws Exception {
        open("light");
        browser.emulate("print", "light");
        assertThat(browser.evaluate("getComputedStyle(document.querySelector('ol.md-annotation-list')).display"))
                .isEqualTo("block");
        assertThat(browser.evaluate("getComputedStyle(document.querySelector('.highlight .md-tooltip')).display"))
                .isEqualTo("none");
        assertThat(browser.evaluate("getComputedStyle(document.querySelector('.highlight [data-md-annotation-id]'),"
                + " '::after').content")).isEqualTo("\"1\"");
        browser.emulate("screen", "light");
        assertThat(browser.evaluate("getComputedStyle(document.querySelector('ol.md-annotation-list')).display"))
                .isEqualTo("none");
    }

    private static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }
}
