package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.folio.model.Page;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.DefinitionList;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Insert;
import dev.folio.model.doc.Keys;
import dev.folio.model.doc.ListItem;
import dev.folio.model.doc.Mark;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Strikethrough;
import dev.folio.model.doc.Tab;
import dev.folio.model.doc.TabGroup;
import dev.folio.model.doc.Traversal;

/** Tabs, task lists, definition lists and the pymdownx inline extras. */
class InlineExtrasTest {
    private final FolioParser parser = FolioParser.create();

    private List<Block> blocks(String markdown) {
        return parser.parse(markdown).document().blocks();
    }

    @Test
    void consecutiveTabsFormOneGroupAndBangStartsAnother() {
        List<Block> blocks = blocks("""
                === "Android"

                    Android steps.

                === "iOS"

                    iOS steps.

                ===! "Linux, macOS"
                    Unix steps.

                ===+ "Windows"
                    Windows steps.
                """);

        assertThat(blocks).hasSize(2);
        TabGroup first = (TabGroup) blocks.get(0);
        assertThat(first.tabs()).extracting(t -> Traversal.plainText(t.label())).containsExactly("Android", "iOS");
        assertThat(first.tabs().get(0).children()).singleElement().isInstanceOf(Paragraph.class);
        TabGroup second = (TabGroup) blocks.get(1);
        assertThat(second.tabs()).extracting(Tab::selected).containsExactly(false, true);
        assertThat(second.tabs().get(0).position()).hasToString("<input>:9:1");
    }

    @Test
    void markInsertKeysAndStrikethrough() {
        Paragraph p = (Paragraph) blocks("==marked== ^^inserted^^ ++ctrl+alt+del++ ~~gone~~ &#160;").get(0);

        assertThat(p.content()).hasAtLeastOneElementOfType(Mark.class).hasAtLeastOneElementOfType(Insert.class)
                .hasAtLeastOneElementOfType(Strikethrough.class);
        Keys keys = (Keys) p.content().stream().filter(Keys.class::isInstance).findFirst().orElseThrow();
        assertThat(keys.keys()).containsExactly(new Keys.Key("control", "Ctrl"), new Keys.Key("alt", "Alt"),
                new Keys.Key("delete", "Del"));
        assertThat(p.content()).filteredOn(RawInline.class::isInstance).extracting(i -> ((RawInline) i).html())
                .containsExactly("&#160;");
    }

    @Test
    void criticMarkupAndMathAreTheirOwnNodes() {
        List<Block> blocks = blocks("{++added++} {--gone--} {~~old~>new~~} {==marked==} {>>note<<} and $E = mc^2$, "
                + "but $5 and $10 stay text.\n\n$$\n\\sum_i x_i\n$$\n");

        Paragraph p = (Paragraph) blocks.get(0);
        assertThat(p.content()).filteredOn(dev.folio.model.doc.Critic.class::isInstance)
                .extracting(i -> ((dev.folio.model.doc.Critic) i).kind()).containsExactly(
                        dev.folio.model.doc.Critic.Kind.ADDITION, dev.folio.model.doc.Critic.Kind.DELETION,
                        dev.folio.model.doc.Critic.Kind.SUBSTITUTION, dev.folio.model.doc.Critic.Kind.HIGHLIGHT,
                        dev.folio.model.doc.Critic.Kind.COMMENT);
        assertThat(p.content()).filteredOn(dev.folio.model.doc.MathInline.class::isInstance)
                .extracting(i -> ((dev.folio.model.doc.MathInline) i).tex()).containsExactly("E = mc^2");
        assertThat(Traversal.plainText(p.content())).endsWith("but $5 and $10 stay text.");
        // as written between the $$ lines, line ends included, as arithmatex keeps it
        assertThat(((dev.folio.model.doc.MathBlock) blocks.get(1)).tex()).isEqualTo("\n\\sum_i x_i\n");
    }

    @Test
    void superscriptAndSubscriptHoldNoSpaces() {
        Paragraph p = (Paragraph) blocks("H~2~O and E = mc^2^, but ~5 minutes ~ and a ^ b ^ stay text.").get(0);

        assertThat(p.content()).filteredOn(dev.folio.model.doc.Subscript.class::isInstance).hasSize(1);
        assertThat(p.content()).filteredOn(dev.folio.model.doc.Superscript.class::isInstance).hasSize(1);
        assertThat(Traversal.plainText(p.content())).isEqualTo("H2O and E = mc2, but ~5 minutes ~ and a ^ b ^ stay text.");
    }

    @Test
    void taskLists() {
        BulletList list = (BulletList) blocks("- [x] done\n- [ ] open\n- plain\n").get(0);

        assertThat(list.items()).extracting(ListItem::task).containsExactly(ListItem.Task.DONE, ListItem.Task.OPEN,
                ListItem.Task.NONE);
        assertThat(Traversal.plainText(((Paragraph) list.items().get(0).children().get(0)).content()))
                .isEqualTo("done");
        assertThat(list.isTaskList()).isTrue();
    }

    @Test
    void definitionLists() {
        Page page = parser.parse("Intro.\n\nTerm\n:   Definition\n\n    More of it.\n\nOther term\n:   Other\n");

        List<Block> blocks = page.document().blocks();
        assertThat(blocks).hasSize(2);
        DefinitionList list = (DefinitionList) blocks.get(1);
        assertThat(list.items()).hasSize(2);
        assertThat(Traversal.plainText(list.items().get(0).terms().get(0))).isEqualTo("Term");
        assertThat(list.items().get(0).definitions().get(0)).hasSize(2);
    }

    @Test
    void aDefinitionAfterABlankLineIsLooseAndTakesTheParagraphAboveAsItsTerm() {
        // docs/basics/why-privacy-matters.md
        Page page = parser.parse("""
                <!-- markdownlint-disable-next-line -->
                **Privacy**

                :   ==Privacy is the assurance that your data is only seen by the parties you intend to view it.==

                <!-- markdownlint-disable-next-line -->
                **Security**

                :   Security is the ability to trust the applications you use.

                :   Certificates prove you are talking directly to the website you're visiting.

                All of these concepts overlap.
                """);

        assertThat(Outline.of(page.document())).isEqualTo("""
                HtmlBlock html=<!-- markdownlint-disable-next-line -->
                DefinitionList
                  DefinitionItem loose=true
                    Strong
                      Text literal=Privacy
                    Paragraph
                      Mark
                        Text literal=Privacy is the assurance that your data is only seen by the parties you intend to view it.
                HtmlBlock html=<!-- markdownlint-disable-next-line -->
                DefinitionList
                  DefinitionItem loose=true
                    Strong
                      Text literal=Security
                    Paragraph
                      Text literal=Security is the ability to trust the applications you use.
                    Paragraph
                      Text literal=Certificates prove you are talking directly to the website you're visiting.
                Paragraph
                  Text literal=All of these concepts overlap.
                """);
        DefinitionList security = (DefinitionList) page.document().blocks().get(3);
        assertThat(security.items().get(0).definitions()).hasSize(2);
        assertThat(security.items().get(0).terms()).hasSize(1);
    }

    @Test
    void aTightDefinitionStaysTightAndEachTermLineIsATerm() {
        Page page = parser.parse("Tor\nTor Browser\n:   Anonymity network\n\n:   Still tight: the one before is bare text\n");

        DefinitionList list = (DefinitionList) page.document().blocks().get(0);
        assertThat(list.items()).singleElement().satisfies(item -> {
            assertThat(item.loose()).isFalse();
            assertThat(item.terms()).extracting(Traversal::plainText).containsExactly("Tor", "Tor Browser");
            assertThat(item.definitions()).hasSize(2);
        });
    }

    @Test
    void asterisksAroundASpaceAfterALetterAreEmphasisOfTheSpaceAsInPythonMarkdown() {
        // zh-Hant seed (html-structures.md §12): MkDocs writes 影響<em> </em>所有<em> </em>過去
        Page page = parser.parse("訊息收件人之間的任何密鑰洩露都會影響* *所有* *過去通信的機密性。\n\n"
                + "*a* *b*, a * b * c, 2*3*4\n");

        assertThat(Outline.of(page.document())).isEqualTo("""
                Paragraph
                  Text literal=訊息收件人之間的任何密鑰洩露都會影響
                  Emphasis
                    Text literal=\s
                  Text literal=所有
                  Emphasis
                    Text literal=\s
                  Text literal=過去通信的機密性。
                Paragraph
                  Emphasis
                    Text literal=a
                  Text literal=\s
                  Emphasis
                    Text literal=b
                  Text literal=, a * b * c, 2
                  Emphasis
                    Text literal=3
                  Text literal=4
                """);
        List<Inline> first = ((Paragraph) page.document().blocks().get(0)).content();
        assertThat(first.get(1).position()).hasToString("<input>:1:19");
        assertThat(first.get(2).position()).hasToString("<input>:1:22");
    }

    @Test
    void deepNestingIsBoundedWithoutStackOverflow() {
        String admonitions = "";
        for (int i = 0; i < 300; i++) {
            admonitions += "    ".repeat(i) + "!!! note\n";
        }
        String divs = "<div markdown>\n\n".repeat(3000) + "deep\n";

        Page deepAdmonitions = parser.parse(admonitions);
        assertThat(deepAdmonitions.document().blocks()).isNotEmpty();
        assertThat(deepAdmonitions.diagnostics()).extracting(d -> d.code()).containsExactly("nesting-depth");
        Page deepDivs = parser.parse(divs);
        assertThat(deepDivs.document().blocks()).isNotEmpty();
        assertThat(deepDivs.diagnostics()).extracting(d -> d.code()).contains("nesting-depth");
        assertThat(parser.parse("==".repeat(20000) + "^^".repeat(20000)).document().blocks()).isNotEmpty();
    }
}
