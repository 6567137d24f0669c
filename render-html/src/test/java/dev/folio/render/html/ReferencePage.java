package dev.folio.render.html;

import dev.folio.model.Page;
import dev.folio.model.doc.Abbreviation;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.BlockQuote;
import dev.folio.model.doc.BulletList;
import dev.folio.model.doc.Code;
import dev.folio.model.doc.CodeBlock;
import dev.folio.model.doc.Critic;
import dev.folio.model.doc.DefinitionItem;
import dev.folio.model.doc.DefinitionList;
import dev.folio.model.doc.Diagram;
import dev.folio.model.doc.Emoji;
import dev.folio.model.doc.Emphasis;
import dev.folio.model.doc.HtmlBlock;
import dev.folio.model.doc.Insert;
import dev.folio.model.doc.Keys;
import dev.folio.model.doc.LineBreak;
import dev.folio.model.doc.ListItem;
import dev.folio.model.doc.Mark;
import dev.folio.model.doc.MathBlock;
import dev.folio.model.doc.MathInline;
import dev.folio.model.doc.OrderedList;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Strikethrough;
import dev.folio.model.doc.Strong;
import dev.folio.model.doc.Subscript;
import dev.folio.model.doc.Superscript;
import dev.folio.model.doc.Tab;
import dev.folio.model.doc.TabGroup;
import dev.folio.model.doc.Table;
import dev.folio.model.doc.TableCell;
import dev.folio.model.doc.TableRow;
import dev.folio.model.doc.ThematicBreak;

import java.util.List;

/** {@code reference.md}: one example of every construct the renderer must handle that the other pages lack. */
final class ReferencePage {
    private ReferencePage() {
    }

    static Page create() {
        Nodes n = new Nodes("docs/reference.md");
        n.at(1);
        Attributes none = Attributes.EMPTY;
        List<Block> blocks = List.of(
                n.h(2, "tabs", "Tabs"),
                new TabGroup(List.of(
                        new Tab(List.of(n.text("Android")), false, List.of(n.p("Install from Play.")), none, n.next()),
                        new Tab(List.of(n.text("iOS")), false, List.of(n.p("Install from the App Store.")), none,
                                n.next())), none, n.next()),
                n.h(2, "tables", "Tables"),
                new Table(List.of(Table.Alignment.LEFT, Table.Alignment.RIGHT),
                        List.of(new TableRow(List.of(cell(n, true, Table.Alignment.LEFT, "App"),
                                cell(n, true, Table.Alignment.RIGHT, "Score")), none, n.next())),
                        List.of(new TableRow(List.of(cell(n, false, Table.Alignment.LEFT, "Signal"),
                                cell(n, false, Table.Alignment.RIGHT, "10")), none, n.next())), none, n.next()),
                n.h(2, "code", "Code"),
                new CodeBlock("java", "Hello.java", List.of(), "class Hello { String s = \"<b>\"; }\n", true, none,
                        n.next()),
                new Diagram("mermaid", "graph LR\n  A --> B\n", none, n.next()),
                n.h(2, "inline", "Inline"),
                n.p(new Keys(List.of(new Keys.Key("control", "Ctrl"), new Keys.Key("alt", "Alt"),
                        new Keys.Key("delete", "Del")), none, n.next()), n.text(" "),
                        new Abbreviation("E2EE", "End-to-End Encryption", none, n.next()), n.text(" "),
                        new Emoji("smile", "smile", "1f604", "😄", "grinning face with smiling eyes", "people", none,
                                n.next()), n.text(" "),
                        new Emoji("us", "flag_us", "1f1fa-1f1f8", "🇺🇸", "flag: United States", "flags", none, n.next()),
                        // gemoji's :octocat: has no Unicode and so no Twemoji image
                        n.text(" "), new Emoji("octocat", "octocat", "", "", "octocat", "", none, n.next()),
                        new LineBreak(true, none, n.next()),
                        new Mark(List.of(n.text("marked")), none, n.next()),
                        new Insert(List.of(n.text("inserted")), none, n.next()),
                        new Strikethrough(List.of(n.text("deleted")), none, n.next()),
                        new Superscript(List.of(n.text("up")), none, n.next()),
                        new Subscript(List.of(n.text("down")), none, n.next()),
                        new Emphasis(List.of(n.text("em")), none, n.next()),
                        new Strong(List.of(n.text("strong")), none, n.next()),
                        new Code("a < b", none, n.next()),
                        new MathInline("x^2", none, n.next()),
                        new Critic(Critic.Kind.SUBSTITUTION, List.of(n.text("old")), List.of(n.text("new")), none,
                                n.next()),
                        new RawInline("<small class=\"raw\">raw &#160;</small>", none, n.next())),
                n.h(2, "lists", "Lists"),
                new BulletList(List.of(
                        new ListItem(ListItem.Task.DONE, List.of(n.p("done")), false, none, n.next()),
                        new ListItem(ListItem.Task.OPEN, List.of(n.p("open")), false, none, n.next())), none, n.next()),
                new OrderedList(3, List.of(new ListItem(ListItem.Task.NONE, List.of(n.p("third")), false,
                        Attributes.ofClasses("pg-blue"), n.next())), none, n.next()),
                new DefinitionList(List.of(new DefinitionItem(List.of(List.of(n.text("Term"))),
                        List.of(List.of(n.p("Definition"))), none, n.next())), none, n.next()),
                new BlockQuote(List.of(n.p("Quoted.")), none, n.next()),
                new ThematicBreak(none, n.next()),
                new MathBlock("E = mc^2", none, n.next()),
                new HtmlBlock("<div class=\"raw-block\" data-x='1'>kept</div>", none, n.next()));
        return TestSite.page("en", "reference.md", "docs/reference.md", "Reference", blocks, List.of());
    }

    private static TableCell cell(Nodes n, boolean header, Table.Alignment alignment, String text) {
        return new TableCell(header, alignment, List.of(n.text(text)), Attributes.EMPTY, n.next());
    }
}
