package dev.folio.render.html;

import dev.folio.model.Diagnostics;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Fenced code as pymdownx.highlight + Pygments write it: token spans, titles, highlighted lines, line numbers. */
class CodeHighlightingTest {
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("bash", "# make a container\ndd if=/dev/urandom of=\"$HOME/box\" bs=1M count=1024\necho 'done' | tee log\n"),
            Map.entry("yaml", "site_name: Guides # name\ntheme:\n  - tabs\n  count: 42\n"),
            Map.entry("json", "{\"name\": \"folio\", \"n\": 1.5, \"ok\": true}\n"),
            Map.entry("java", "/** Doc. */\npublic final class A {\n  int n = 0x10; // x\n  String s = \"<b>\";\n}\n"),
            Map.entry("python", "@dec\ndef f(x):\n    \"\"\"Doc.\n    more\"\"\"\n    return x * 2  # twice\n"),
            Map.entry("html", "<!-- c -->\n<a class=\"x\" href='y'>a &amp; b</a>\n"),
            Map.entry("markdown", "# Title\n- item with `code` and [link](page.md)\n<div markdown>\n"),
            Map.entry("properties", "# c\nkey = value\n"),
            Map.entry("toml", "[tool]\nname = \"x\"\nn = 3\n"),
            Map.entry("diff", "@@ -1 +1 @@\n-old\n+new\n"),
            Map.entry("text", "plain <b>text</b>\n"),
            Map.entry("cobol", "DISPLAY 'HI'.\n"));

    private Document render(Path project, String markdown) throws IOException {
        Page page = FolioParser.builder().language("en").build().parse(markdown, "index.md");
        // The language class (pygments_lang_class) names each block for the assertions below.
        SiteConfig config = new SiteConfig("Site", "", "", "", List.of(Language.of("en")), "en", UrlStyle.DIRECTORY,
                Map.of("markdown_extensions", List.of(Map.of("pymdownx.highlight", Map.of("pygments_lang_class", true)))));
        new HtmlRenderer().render(new Site(config, List.of(page), Map.of(), Map.of(), List.of()),
                RenderContext.builder(project, project.resolve("out")).buildTime(Instant.EPOCH).options(Map.of()).diagnostics(new Diagnostics()).build());
        return Jsoup.parse(Files.readString(project.resolve("out/en/index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void everyLanguageKeepsItsTextExactlyAndKnownOnesAreColoured(@TempDir Path project) throws IOException {
        StringBuilder markdown = new StringBuilder();
        SAMPLES.forEach((language, code) -> markdown.append("```").append(language).append('\n').append(code).append("```\n\n"));
        Document html = render(project, markdown.toString());
        SAMPLES.forEach((language, code) -> {
            Element block = html.selectFirst("div.language-" + language + ".highlight");
            assertThat(block).as(language).isNotNull();
            Element pre = block.selectFirst("> pre");
            assertThat(pre.child(0).is("span:empty")).as("Pygments' empty span first").isTrue();
            Element codeElement = pre.selectFirst("> code");
            assertThat(codeElement.wholeText()).as(language).isEqualTo(code);
            boolean plain = language.equals("text") || language.equals("cobol");
            assertThat(codeElement.select("span").isEmpty()).as(language + " plain").isEqualTo(plain);
        });
        Element bash = html.selectFirst("div.language-bash code");
        assertThat(bash.selectFirst("span.c1").text()).isEqualTo("# make a container");
        assertThat(bash.select("span.s2").eachText()).contains("\"", "/box\"");
        // As Pygments reads it: "if" stays a keyword even before "=", "of" and "bs" are assignments.
        assertThat(bash.select("span.k").eachText()).containsExactly("if");
        assertThat(bash.select("span.nv").eachText()).startsWith("of", "$HOME", "bs");
        assertThat(bash.select("span.nv").eachText()).contains("$HOME");
        assertThat(bash.select("span.nb").eachText()).containsExactly("echo");
        assertThat(bash.select("span.s1").eachText()).containsExactly("'done'");
        assertThat(html.select("div.language-yaml span.nt").eachText()).containsExactly("site_name", "theme", "count");
        assertThat(html.select("div.language-java span.kd").eachText()).containsExactly("public", "final", "class");
        assertThat(html.selectFirst("div.language-java span.nc").text()).isEqualTo("A");
        // A triple-quoted string opening a line is a docstring to Pygments.
        assertThat(html.select("div.language-python span.sd").first().wholeText()).isEqualTo("\"\"\"Doc.");
        assertThat(html.select("div.language-html span.na").eachText()).containsExactly("class", "href");
        assertThat(html.select("div.language-diff span.gd").eachText()).containsExactly("-old");
        assertThat(html.select("div.language-diff span.gi").eachText()).containsExactly("+new");
    }

    @Test
    void titleHighlightedLinesAndLineNumbersFromTheFence(@TempDir Path project) throws IOException {
        Document html = render(project, "```bash title=\"setup.sh\" linenums=\"9\" hl_lines=\"2\"\n"
                + "# one\necho two\necho three\n```\n");
        Element block = html.selectFirst("div.language-bash.highlight");
        assertThat(block.child(0).is("span.filename")).isTrue();
        assertThat(block.child(0).text()).isEqualTo("setup.sh");
        Element table = block.selectFirst("> table.highlighttable");
        assertThat(table.select("td.linenos span.normal").eachText()).containsExactly("9", "10", "11");
        Element code = table.selectFirst("td.code > div > pre > code");
        assertThat(code.select("> span.hll")).hasSize(1);
        assertThat(code.selectFirst("> span.hll").wholeText()).isEqualTo("echo two\n");
        assertThat(code.wholeText()).isEqualTo("# one\necho two\necho three\n");
    }

    /** pymdownx.highlight ignores highlighted lines past the end of the block: a snippet shortened, a typo. */
    @Test
    void highlightedLinesPastTheEndAreIgnored(@TempDir Path project) throws IOException {
        String code = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n";
        Document html = render(project, "```text hl_lines=\"2 9-12 10 20-30\"\n" + code + "```\n\n"
                + "```text hl_lines=\"7-12 0 -3 x\"\n" + code + "```\n\n"
                + "```text linenums=\"999999999999999\" hl_lines=\"99999999999\"\n" + code + "```\n");
        List<Element> blocks = html.select("div.language-text.highlight code");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).select("> span.hll").eachAttr("class")).hasSize(1);
        assertThat(blocks.get(0).selectFirst("> span.hll").wholeText()).isEqualTo("two\n");
        assertThat(blocks.get(1).select("> span.hll").stream().map(Element::wholeText)).containsExactly("seven\n", "eight\n");
        assertThat(blocks.get(2).select("span.hll")).isEmpty();
        blocks.forEach(block -> assertThat(block.wholeText()).isEqualTo(code));
        assertThat(html.select("div.language-text.highlight").get(2).select("td.linenos span.normal").eachText())
                .as("numbered from any start, as Pygments numbers").startsWith("999999999999999", "1000000000000000");

    }
}
