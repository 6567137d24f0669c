package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pymdownx.blocks, Markdown in and Material's HTML out: the examples of pymdown-extensions' documentation of each
 * block type, with the HTML its published pages show (../shared/realsites/pymdownx/ref).
 */
class BlocksSpecTest {
    private static final String ALL = """
            markdown_extensions:
              - pymdownx.blocks.admonition
              - pymdownx.blocks.details
              - pymdownx.blocks.tab:
                  alternate_style: true
              - pymdownx.blocks.html
              - pymdownx.blocks.caption
              - pymdownx.blocks.definition
            """;
    private static final String TABLE = "Fruit      | Amount\n---------- | ------\nApple      | 20\nPeach      | 10\n";
    private static final String TABLE_HTML = "<table><thead><tr><th>Fruit</th><th>Amount</th></tr></thead><tbody>"
            + "<tr><td>Apple</td><td>20</td></tr><tr><td>Peach</td><td>10</td></tr></tbody></table>";
    private static final String IMAGE = "![placeholder](https://example.org/placeholder.jpeg)\n";
    private static final String IMAGE_HTML = "<p><img alt=\"placeholder\" src=\"https://example.org/placeholder.jpeg\"></p>";

    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String config, String markdown) throws IOException {
        return SpecPages.content(project, config, markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    private List<String> codes() {
        return diagnostics.stream().map(Diagnostic::code).collect(Collectors.toList());
    }

    @Nested
    class Admonition {
        @Test
        void aTitleInTheHeader() throws IOException {
            assertThat(html(ALL, "/// admonition | Some title\nSome content\n///\n")).isEqualTo(expected(
                    "<div class=\"admonition\"> <p class=\"admonition-title\">Some title</p> <p>Some content</p> </div>"));
        }

        @Test
        void aTypeAsAnOption() throws IOException {
            assertThat(html(ALL, "/// admonition | Some title\n    type: warning\n\nSome content\n///\n"))
                    .isEqualTo(expected("<div class=\"admonition warning\"> <p class=\"admonition-title\">Some title</p>"
                            + " <p>Some content</p> </div>"));
            assertThat(codes()).isEmpty();
        }

        @Test
        void theDefaultTypesByName() throws IOException {
            assertThat(html(ALL, "/// note | Some title\nSome content\n///\n\n/// danger\nNo title given.\n///\n\n"
                    + "/// tip |\nNo title at all.\n///\n")).isEqualTo(expected(
                    "<div class=\"admonition note\"><p class=\"admonition-title\">Some title</p><p>Some content</p></div>"
                            + "<div class=\"admonition danger\"><p class=\"admonition-title\">Danger</p>"
                            + "<p>No title given.</p></div>"
                            + "<div class=\"admonition tip\"><p>No title at all.</p></div>"));
        }

        @Test
        void typesTheSiteConfigures() throws IOException {
            String config = """
                    markdown_extensions:
                      - pymdownx.blocks.admonition:
                          types:
                          - new
                          - name: some-custom-type
                            class: custom
                            title: My Default title
                    """;
            assertThat(html(config, "/// new | New 10.5\nSpecifying custom blocks.\n///\n\n/// some-custom-type\n"
                    + "content\n///\n\n/// note\nnot configured any more\n///\n")).isEqualTo(expected(
                    "<div class=\"admonition new\"><p class=\"admonition-title\">New 10.5</p>"
                            + "<p>Specifying custom blocks.</p></div>"
                            + "<div class=\"admonition custom\"><p class=\"admonition-title\">My Default title</p>"
                            + "<p>content</p></div>"
                            + "<div><p>not configured any more</p></div>"));
            assertThat(codes()).containsExactly("block-unknown");
        }

        @Test
        void attributesForTheOuterElement() throws IOException {
            assertThat(html(ALL, "/// note | Some title\n    attrs: {class: class-name, id: id-name}\n\n"
                    + "Some content\n///\n")).isEqualTo(expected("<div class=\"admonition note class-name\" "
                            + "id=\"id-name\"><p class=\"admonition-title\">Some title</p><p>Some content</p></div>"));
        }
    }

    @Nested
    class Details {
        @Test
        void aSummaryInTheHeader() throws IOException {
            assertThat(html(ALL, "/// details | Some summary\nSome content\n///\n")).isEqualTo(expected(
                    "<details> <summary>Some summary</summary> <p>Some content</p> </details>"));
        }

        @Test
        void typeAndOpen() throws IOException {
            assertThat(html(ALL, "/// details | Some summary\n    type: warning\n\nSome content\n///\n\n"
                    + "/// details | Some summary\n    open: True\n\nSome content\n///\n")).isEqualTo(expected(
                    "<details class=\"warning\"> <summary>Some summary</summary> <p>Some content</p> </details>"
                            + "<details open=\"open\"> <summary>Some summary</summary> <p>Some content</p> </details>"));
        }

        @Test
        void typesTheSiteConfigures() throws IOException {
            String config = """
                    markdown_extensions:
                      - pymdownx.blocks.details:
                          types:
                          - name: details-note
                            class: note
                    """;
            assertThat(html(config, "/// details-note | A note\n    open: true\n\nInside.\n///\n\n"
                    + "/// details-note\nUntitled.\n///\n")).isEqualTo(expected(
                    "<details class=\"note\" open=\"open\"><summary>A note</summary><p>Inside.</p></details>"
                            + "<details class=\"note\"><summary>Note</summary><p>Untitled.</p></details>"));
        }
    }

    @Nested
    class Tab {
        @Test
        void tabsNextToEachOtherAreOneSet() throws IOException {
            assertThat(html(ALL, "/// tab | Tab 1 title\nTab 1 content\n///\n\n/// tab | Tab 2 title\nTab 2 content\n"
                    + "///\n")).isEqualTo(expected("<div class=\"tabbed-set tabbed-alternate\" data-tabs=\"1:2\">"
                            + "<input checked=\"checked\" id=\"__tabbed_1_1\" name=\"__tabbed_1\" type=\"radio\">"
                            + "<input id=\"__tabbed_1_2\" name=\"__tabbed_1\" type=\"radio\">"
                            + "<div class=\"tabbed-labels\"><label for=\"__tabbed_1_1\">Tab 1 title</label>"
                            + "<label for=\"__tabbed_1_2\">Tab 2 title</label></div>"
                            + "<div class=\"tabbed-content\"><div class=\"tabbed-block\"><p>Tab 1 content</p></div>"
                            + "<div class=\"tabbed-block\"><p>Tab 2 content</p></div></div></div>"));
        }

        @Test
        void slugifiedIdsCombinedWithTheHeadingAbove() throws IOException {
            // pymdown-extensions' own configuration: its published tab page shows #usage-tab-1-title.
            String config = """
                    markdown_extensions:
                      - pymdownx.blocks.tab:
                          alternate_style: True
                          combine_header_slug: True
                          slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}
                      - pymdownx.blocks.html
                    """;
            String html = html(config, "## Usage\n\n/// html | div.result\n//// tab | Tab 1 title\nTab 1 content\n////\n\n"
                    + "//// tab | Tab 2 title\nTab 2 content\n////\n///\n\n/// tab | Tab 1 title\nAgain\n///\n");
            Element body = Jsoup.parseBodyFragment(html).body();
            assertThat(body.select("div.tabbed-set > input").eachAttr("id")).containsExactly("usage-tab-1-title",
                    "usage-tab-2-title", "usage-tab-1-title_1");
            assertThat(body.select("div.tabbed-labels > label").eachAttr("for")).containsExactly("usage-tab-1-title",
                    "usage-tab-2-title", "usage-tab-1-title_1");
            assertThat(body.select("div.tabbed-labels > label[id]")).isEmpty();
        }

        @Test
        void slugFunctionsByName() throws IOException {
            String html = html("markdown_extensions:\n  - pymdownx.blocks.tab:\n      slugify: "
                    + "!!python/name:pymdownx.slugs.uslugify\n      separator: _\n",
                    "/// tab | Ünïcode Tab\nText\n///\n");
            assertThat(Jsoup.parseBodyFragment(html).body().select("input").eachAttr("id"))
                    .containsExactly("ünïcode_tab");
            html = html("markdown_extensions:\n  - pymdownx.blocks.tab:\n      slugify: "
                    + "!!python/name:markdown.extensions.toc.slugify\n", "/// tab | Ünïcode  Tab!\nText\n///\n");
            assertThat(Jsoup.parseBodyFragment(html).body().select("input").eachAttr("id"))
                    .containsExactly("unicode-tab");
        }

        @Test
        void newStartsAnotherSetAndSelectChecksATab() throws IOException {
            String html = html(ALL, "/// tab | Tab A title\nTab A content\n///\n\n/// tab | Tab B title\nTab B content\n"
                    + "///\n\n/// tab | Tab C Title\n    new: true\n\nTab C content\n///\n\n"
                    + "/// tab | Tab D Title\n    select: true\n\nTab D content\n///\n");
            Element body = Jsoup.parseBodyFragment(html).body();
            assertThat(body.select("> div.tabbed-set").eachAttr("data-tabs")).containsExactly("1:2", "2:2");
            assertThat(body.select("> div.tabbed-set").get(1).select("> input[checked]").eachAttr("id"))
                    .containsExactly("__tabbed_2_2");
            assertThat(codes()).isEmpty();
        }
    }

    @Nested
    class Html {
        @Test
        void anElementWithMarkdownInside() throws IOException {
            assertThat(html(ALL, "/// html | div\nsome *markdown* content\n///\n\n"
                    + "/// html | div[style='border: 1px solid red;']\nsome *markdown* content\n///\n"))
                    .isEqualTo(expected("<div><p>some <em>markdown</em> content</p></div>"
                            + "<div style=\"border: 1px solid red;\"><p>some <em>markdown</em> content</p></div>"));
        }

        @Test
        void rawTagsKeepTheirContentUnlessMarkdownSaysBlock() throws IOException {
            assertThat(html(ALL, "/// html | pre\nsome *markdown* content\n///\n\n"
                    + "/// html | pre\n    markdown: block\n\nsome *markdown* content\n///\n"))
                    .isEqualTo(expected("<pre>some *markdown* content</pre>"
                            + "<pre><p>some <em>markdown</em> content</p></pre>"));
        }

        @Test
        void indentedRawContentLosesItsIndentation() throws IOException {
            assertThat(html(ALL, "/// html | pre\n\n    Pre blocks are _raw_.\n    Additional Markdown parsing is *avoided*.\n"
                    + "    Content should be indented.\n///\n")).isEqualTo(expected("<pre>Pre blocks are _raw_.\n"
                            + "Additional Markdown parsing is *avoided*.\nContent should be indented.</pre>"));
        }

        @Test
        void markdownHtmlKeepsTheContentUnescapedAndInlineParsesSpans() throws IOException {
            assertThat(html(ALL, "/// html | div\n    markdown: html\n\n<b>kept</b> *as is*\n///\n\n"
                    + "/// html | div\n    markdown: inline\n\nsome *inline* text\n///\n"))
                    .isEqualTo(expected("<div><b>kept</b> *as is*</div><div>some <em>inline</em> text</div>"));
        }

        @Test
        void classesIdsAndInlineTags() throws IOException {
            assertThat(html(ALL, "/// html | div.result#first.wide\nText.\n///\n\n/// html | p\nsome *inline* text\n///\n"))
                    .isEqualTo(expected("<div class=\"result wide\" id=\"first\"><p>Text.</p></div>"
                            + "<p>some <em>inline</em> text</p>"));
        }
    }

    @Nested
    class Caption {
        @Test
        void wrapsTheBlockBeforeItInAFigure() throws IOException {
            assertThat(html(ALL, TABLE + "\n/// caption\nFruit Count\n///\n")).isEqualTo(expected(
                    "<figure>" + TABLE_HTML + "<figcaption><p>Fruit Count</p></figcaption></figure>"));
        }

        @Test
        void twoCaptionsAreTwoFigures() throws IOException {
            assertThat(html(ALL, IMAGE + "\n/// caption\nInner caption\n///\n\n/// caption\nOuter caption\n///\n"))
                    .isEqualTo(expected("<figure><figure>" + IMAGE_HTML + "<figcaption><p>Inner caption</p></figcaption>"
                            + "</figure><figcaption><p>Outer caption</p></figcaption></figure>"));
        }

        @Test
        void aFigureWithoutCaptionTakesIt() throws IOException {
            assertThat(html(ALL, "//// html | figure\n" + IMAGE + "\n/// caption\nCaption 1\n///\n\n" + IMAGE
                    + "\n/// caption\nCaption 2\n///\n////\n\n/// caption\n    attrs: {class: \"general\"}\nGeneral caption\n"
                    + "///\n")).isEqualTo(expected("<figure class=\"general\"><figure>" + IMAGE_HTML
                            + "<figcaption><p>Caption 1</p></figcaption></figure><figure>" + IMAGE_HTML
                            + "<figcaption><p>Caption 2</p></figcaption></figure>"
                            + "<figcaption><p>General caption</p></figcaption></figure>"));
        }

        @Test
        void prependedPerBlockOrForTheSite() throws IOException {
            assertThat(html(ALL, IMAGE + "\n/// caption | <\nCaption 1\n///\n\n" + IMAGE + "\n/// caption\nCaption 2\n"
                    + "///\n")).isEqualTo(expected("<figure><figcaption><p>Caption 1</p></figcaption>" + IMAGE_HTML
                            + "</figure><figure>" + IMAGE_HTML + "<figcaption><p>Caption 2</p></figcaption></figure>"));
            assertThat(html("markdown_extensions:\n  - tables\n  - pymdownx.blocks.caption:\n      prepend: true\n",
                    TABLE + "\n/// caption\nFruit Count\n///\n")).isEqualTo(expected(
                    "<figure><figcaption><p>Fruit Count</p></figcaption>" + TABLE_HTML + "</figure>"));
        }

        @Test
        void figureAndTableCaptionsAreNumberedWithAnId() throws IOException {
            assertThat(html(ALL, IMAGE + "/// figure-caption\nDecision Diagram\n///\n\n" + TABLE
                    + "\n/// table-caption\nFruit Count\n///\n")).isEqualTo(expected(
                    "<figure id=\"__figure-caption_1\">" + IMAGE_HTML + "<figcaption><p><span class=\"caption-prefix\">"
                            + "Figure 1.</span> Decision Diagram</p></figcaption></figure>"
                            + "<figure id=\"__table-caption_1\">" + TABLE_HTML + "<figcaption><p>"
                            + "<span class=\"caption-prefix\">Table 1.</span> Fruit Count</p></figcaption></figure>"));
        }

        @Test
        void withoutAutoOnlyTheWrittenNumbersAndAutoLevelBoundsTheDepth() throws IOException {
            String manual = "markdown_extensions:\n  - pymdownx.blocks.caption:\n      auto: false\n";
            Element body = Jsoup.parseBodyFragment(html(manual, IMAGE + "/// figure-caption\nNone\n///\n\n" + IMAGE
                    + "/// figure-caption | 12\nTwelve\n///\n")).body();
            assertThat(body.select("> figure")).hasSize(2);
            assertThat(body.select("> figure[id]").eachAttr("id")).containsExactly("__figure-caption_12");
            assertThat(body.select("span.caption-prefix").eachText()).containsExactly("Figure 12.");

            String bounded = "markdown_extensions:\n  - pymdownx.blocks.caption:\n      auto_level: 1\n";
            body = Jsoup.parseBodyFragment(html(bounded, IMAGE + "/// figure-caption\nTop\n///\n\n" + IMAGE
                    + "/// figure-caption | ^1\nBelow the level\n///\n")).body();
            assertThat(body.select("span.caption-prefix").eachText()).containsExactly("Figure 1.");
        }

        @Test
        void aDepthNumbersOneLevelDeeperAndANumberIsTaken() throws IOException {
            String html = html(ALL, IMAGE + "/// figure-caption\nCaption\n///\n\n" + IMAGE
                    + "/// figure-caption | ^1\nCaption\n///\n\n" + IMAGE + "/// figure-caption | ^1\nCaption\n///\n\n"
                    + IMAGE + "/// figure-caption\nCaption\n///\n\n" + IMAGE + "/// figure-caption | 12\nCaption\n///\n");
            Element body = Jsoup.parseBodyFragment(html).body();
            assertThat(body.select("> figure").eachAttr("id")).containsExactly("__figure-caption_1",
                    "__figure-caption_1_1", "__figure-caption_1_2", "__figure-caption_2", "__figure-caption_12");
            assertThat(body.select("span.caption-prefix").eachText()).containsExactly("Figure 1.", "Figure 1.1.",
                    "Figure 1.2.", "Figure 2.", "Figure 12.");
            assertThat(codes()).isEmpty();
        }
    }

    @Nested
    class Definition {
        @Test
        void paragraphsAreTermsAndListItemsTheirDefinitions() throws IOException {
            assertThat(html(ALL, "/// define\nApple\n\n- Pomaceous fruit of plants of the genus Malus in\n"
                    + "  the family Rosaceae.\n\nOrange\n\n- The fruit of an evergreen tree of the genus Citrus.\n\n///\n"))
                    .isEqualTo(expected("<dl><dt>Apple</dt><dd>Pomaceous fruit of plants of the genus Malus in the "
                            + "family Rosaceae.</dd><dt>Orange</dt><dd>The fruit of an evergreen tree of the genus "
                            + "Citrus.</dd></dl>"));
        }

        @Test
        void termsShareADefinition() throws IOException {
            assertThat(html(ALL, "/// define\nTerm 1\n\nTerm 2\n\n- Definition a\n\nTerm 3\n\n- Definition b\n///\n"))
                    .isEqualTo(expected("<dl><dt>Term 1</dt><dt>Term 2</dt><dd>Definition a</dd><dt>Term 3</dt>"
                            + "<dd>Definition b</dd></dl>"));
        }

        @Test
        void attributesAndLooseDefinitions() throws IOException {
            assertThat(html(ALL, "/// define\n    attrs: {class: class-name, id: id-name}\n\nTerm 1\n\n"
                    + "- Definition a\n\n- Definition b\n///\n")).isEqualTo(expected("<dl class=\"class-name\" "
                            + "id=\"id-name\"><dt>Term 1</dt><dd><p>Definition a</p></dd><dd><p>Definition b</p></dd>"
                            + "</dl>"));
        }
    }

    @Nested
    class Syntax {
        @Test
        void blocksNestWhenTheirFencesDiffer() throws IOException {
            assertThat(html(ALL, "//// note | Some title\n/// details | Summary\n    type: warning\ncontent\n///\n\n"
                    + "Content\n////\n")).isEqualTo(expected("<div class=\"admonition note\">"
                            + "<p class=\"admonition-title\">Some title</p><details class=\"warning\">"
                            + "<summary>Summary</summary><p>content</p></details><p>Content</p></div>"));
        }

        @Test
        void blocksInsideAndAroundTheOlderSyntaxAndMarkdownHtml() throws IOException {
            String config = ALL + "  - admonition\n  - pymdownx.details\n  - md_in_html\n  - pymdownx.tabbed:\n"
                    + "      alternate_style: true\n";
            assertThat(html(config, "!!! note \"Old\"\n    /// details | New inside old\n    Text.\n    ///\n\n"
                    + "/// warning | New\n!!! tip \"Old inside new\"\n    Tip text.\n///\n\n"
                    + "<div class=\"grid\" markdown>\n/// note | In html\nGrid text.\n///\n</div>\n\n"
                    + "=== \"Tab\"\n\n    /// tip | In a tab\n    Tab text.\n    ///\n"))
                    .isEqualTo(expected("<div class=\"admonition note\"><p class=\"admonition-title\">Old</p>"
                            + "<details><summary>New inside old</summary><p>Text.</p></details></div>"
                            + "<div class=\"admonition warning\"><p class=\"admonition-title\">New</p>"
                            + "<div class=\"admonition tip\"><p class=\"admonition-title\">Old inside new</p>"
                            + "<p>Tip text.</p></div></div>"
                            + "<div class=\"grid\"><div class=\"admonition note\"><p class=\"admonition-title\">In html"
                            + "</p><p>Grid text.</p></div></div>"
                            + "<div class=\"tabbed-set tabbed-alternate\" data-tabs=\"1:1\">"
                            + "<input checked=\"checked\" id=\"__tabbed_1_1\" name=\"__tabbed_1\" type=\"radio\">"
                            + "<div class=\"tabbed-labels\"><label for=\"__tabbed_1_1\">Tab</label></div>"
                            + "<div class=\"tabbed-content\"><div class=\"tabbed-block\"><div class=\"admonition tip\">"
                            + "<p class=\"admonition-title\">In a tab</p><p>Tab text.</p></div></div></div></div>"));
            assertThat(codes()).isEmpty();
        }

        @Test
        void nestedFourDeepWithOptionsAtEachLevel() throws IOException {
            assertThat(html(ALL, "////// html | section.outer\n///// note | One\n//// details | Two\n    open: true\n\n"
                    + "/// html | div\n    attrs: {class: deepest}\n\nDeep.\n///\n////\n/////\n//////\n"))
                    .isEqualTo(expected("<section class=\"outer\"><div class=\"admonition note\">"
                            + "<p class=\"admonition-title\">One</p><details open=\"open\"><summary>Two</summary>"
                            + "<div class=\"deepest\"><p>Deep.</p></div></details></div></section>"));
        }

        @Test
        void aFenceInFencedCodeIsCode() throws IOException {
            assertThat(html(ALL, "/// note | Example\n```text\n/// details | Inside\n///\n```\n///\n"))
                    .contains("<p class=\"admonition-title\">Example</p>")
                    .contains("/// details | Inside\n///")
                    .doesNotContain("<details");
        }

        @Test
        void withoutABlocksExtensionSlashesAreText() throws IOException {
            assertThat(html("markdown_extensions:\n  - admonition\n", "/// note | Title\nText\n///\n"))
                    .isEqualTo(expected("<p>/// note | Title Text ///</p>"));
        }

        @Test
        void anUnclosedBlockRunsToTheEndWithAWarning() throws IOException {
            assertThat(html(ALL, "/// note\nOpen to the end.\n\nStill inside.\n"))
                    .isEqualTo(expected("<div class=\"admonition note\"><p class=\"admonition-title\">Note</p>"
                            + "<p>Open to the end.</p><p>Still inside.</p></div>"));
            assertThat(codes()).containsExactly("block-unclosed");
        }

        @Test
        void optionsThatAreNotYamlAreOneWarning() throws IOException {
            assertThat(html(ALL, "/// note | Title\n    type: [unclosed\n\nBody.\n///\n"))
                    .isEqualTo(expected("<div class=\"admonition note\"><p class=\"admonition-title\">Title</p>"
                            + "<p>Body.</p></div>"));
            assertThat(codes()).containsExactly("block-option");
        }

        @Test
        void insideAListItem() throws IOException {
            assertThat(html(ALL, "- item\n\n    /// note | Inside\n    text\n    ///\n"))
                    .isEqualTo(expected("<ul><li><p>item</p><div class=\"admonition note\">"
                            + "<p class=\"admonition-title\">Inside</p><p>text</p></div></li></ul>"));
        }
    }
}
