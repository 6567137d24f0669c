package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pymdownx.fancylists (pymdown-extensions' fancylists documentation, examples and their published HTML on
 * facelessuser.github.io/pymdown-extensions, which pymdown-extensions 10 wrote: 9.5 predates the extension).
 */
class FancyListsSpecTest {
    private static final String CONFIG = "  - pymdownx.saneheaders\n  - pymdownx.fancylists:\n      inject_style: true\n";

    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String extensions, String markdown) throws IOException {
        return SpecPages.content(project, "markdown_extensions:\n" + extensions, "Intro\n\n" + markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical("<p>Intro</p>" + html);
    }

    @Test
    void nestedTypesAndTheGenericMarker() throws IOException {
        assertThat(html(CONFIG, """
                1)  Item 1
                2)  Item 2
                    i.  Item 1
                    ii. Item 2
                        a.  Item a
                        b.  Item b
                            #.  Item 1
                            #.  Item 2
                """)).isEqualTo(expected("""
                <ol style="list-style-type: decimal;" type="1"><li>Item 1</li><li>Item 2
                <ol style="list-style-type: lower-roman;" type="i"><li>Item 1</li><li>Item 2
                <ol style="list-style-type: lower-alpha;" type="a"><li>Item a</li><li>Item b
                <ol style="list-style-type: decimal;" type="1"><li>Item 1</li><li>Item 2</li></ol></li></ol></li></ol></li></ol>"""));
    }

    @Test
    void aChangeOfTypeOrSeparatorStartsANewList() throws IOException {
        assertThat(html(CONFIG, "1.  Item 1\n1.  Item 2\n1)  Item 1\n2)  Item 2\n")).isEqualTo(expected("""
                <ol style="list-style-type: decimal;" type="1"><li>Item 1</li><li>Item 2</li></ol>
                <ol style="list-style-type: decimal;" type="1"><li>Item 1</li><li>Item 2</li></ol>"""));
        assertThat(html(CONFIG, "a.  Item a\nb.  Item b\nA.  Item A\nB.  Item B\n")).isEqualTo(expected("""
                <ol style="list-style-type: lower-alpha;" type="a"><li>Item a</li><li>Item b</li></ol>
                <ol style="list-style-type: upper-alpha;" type="A"><li>Item A</li><li>Item B</li></ol>"""));
    }

    @Test
    void romanOrLetterAsPymdownxTellsThemApart() throws IOException {
        assertThat(html(CONFIG, "iii. Item 3\niv.  Item 4\nv.   Item 5\n\n---\n\nv. Item v\nw. Item w\nx. Item x\n"))
                .isEqualTo(expected("""
                        <ol start="3" style="list-style-type: lower-roman;" type="i"><li>Item 3</li><li>Item 4</li>\
                        <li>Item 5</li></ol><hr />
                        <ol start="22" style="list-style-type: lower-alpha;" type="a"><li>Item v</li><li>Item w</li>\
                        <li>Item x</li></ol>"""));
        assertThat(html(CONFIG, "i.  item i\n#.  item ii\n#.  item iii\niv. item iv\n")).isEqualTo(expected("""
                <ol style="list-style-type: lower-roman;" type="i"><li>item i</li><li>item ii</li><li>item iii</li>\
                <li>item iv</li></ol>"""));
    }

    @Test
    void theFancylistsBlockForcesTheTypeOfTheListInside() throws IOException {
        assertThat(html(CONFIG, "/// fancylists | type=a\ni. item i\nj. item j\n///\n")).isEqualTo(expected("""
                <ol start="9" style="list-style-type: lower-alpha;" type="a"><li>item i</li><li>item j</li></ol>"""));
        assertThat(html(CONFIG, "/// fancylists | type=a start=9\n#. item i\n#. item j\n///\n")).isEqualTo(expected("""
                <ol start="9" style="list-style-type: lower-alpha;" type="a"><li>item i</li><li>item j</li></ol>"""));
        assertThat(html(CONFIG, "/// fancylists | type=I\nV.   item V\nVI.  item VI\n///\n")).isEqualTo(expected("""
                <ol start="5" style="list-style-type: upper-roman;" type="I"><li>item V</li><li>item VI</li></ol>"""));
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void anInitialIsNoListAndClassesCanBeInjected() throws IOException {
        assertThat(html(CONFIG, "B. Russell was an English philosopher.\n\nA.  This is a list.\n")).isEqualTo(expected("""
                <p>B. Russell was an English philosopher.</p>
                <ol style="list-style-type: upper-alpha;" type="A"><li>This is a list.</li></ol>"""));
        assertThat(html("  - pymdownx.fancylists:\n      inject_class: true\n", "a)  one\nb)  two\n"))
                .isEqualTo(expected("<ol class=\"fancylists-lower-alpha\" type=\"a\"><li>one</li><li>two</li></ol>"));
    }
}
