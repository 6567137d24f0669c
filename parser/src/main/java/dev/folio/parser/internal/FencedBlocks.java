package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.HtmlContainer;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Tab;
import dev.folio.model.doc.Text;

/**
 * What each {@code ///} block becomes in the model, as pymdownx.blocks builds it: {@code admonition} and its named
 * types an {@link Admonition}, {@code details} and its types a collapsible one, {@code tab} a {@link Tab} (grouped by
 * the caller), {@code html} an {@link HtmlContainer}. Every type reads the YAML option block; {@code attrs} adds
 * attributes to the outer element. A name no enabled type has is one warning and a {@code div} with the content,
 * never text.
 */
final class FencedBlocks {
    private static final Pattern SELECTOR_PART = Pattern.compile("([.#])([\\w-]+)|\\[([\\w:-]+)(?:=(\"[^\"]*\"|'[^']*'|[^\\]]*))?]");
    private static final Pattern TAG = Pattern.compile("[A-Za-z][\\w-]*");
    /** Tags whose content pymdownx.blocks.html parses as inline Markdown, and those it keeps raw ({@code auto}). */
    private static final Set<String> SPAN_TAGS = Set.of("address", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
            "legend", "li", "p", "summary", "td", "th");
    private static final Set<String> RAW_TAGS = Set.of("canvas", "math", "option", "pre", "script", "style",
            "textarea", "code");

    private final PageContext page;
    private final BlockTypes types;
    private final Function<Node, List<Block>> blocks;
    private final Function<Node, List<Inline>> inlines;

    FencedBlocks(PageContext page, BlockTypes types, Function<Node, List<Block>> blocks,
            Function<Node, List<Inline>> inlines) {
        this.page = page;
        this.types = types;
        this.blocks = blocks;
        this.inlines = inlines;
    }

    /** Whether the block is a tab, which the caller groups with the tabs next to it. */
    boolean isTab(BlockFenceSyntax.Node node) {
        return types.type(node.name).map(type -> type.kind() == BlockTypes.Kind.TAB).orElse(false);
    }

    /** The caption type of a block, which the caller attaches to the block before it. */
    Optional<BlockTypes.BlockType> caption(BlockFenceSyntax.Node node) {
        return types.type(node.name).filter(type -> type.kind() == BlockTypes.Kind.CAPTION);
    }

    /** Whether a tab block starts a new set of tabs ({@code new: true}). */
    boolean startsNewTabs(BlockFenceSyntax.Node node) {
        return truth(options(node, false).get("new"));
    }

    /** @param headerId the id of the heading above the tab set, for {@code combine_header_slug}; empty for none */
    Tab tab(BlockFenceSyntax.Node node, String headerId) {
        Map<String, Object> options = options(node, true);
        known(node, options, Set.of("new", "select"));
        List<Inline> label = TitleMarkdown.inlines(node.argument.orElse(""), node, page, inlines);
        Attributes attributes = attributes(node, options);
        attributes = types.tabs().attributes(attributes, label, headerId, page);
        return new Tab(label, truth(options.get("select")), blocks.apply(node), attributes, page.position(node));
    }

    Block convert(BlockFenceSyntax.Node node) {
        SourcePosition at = page.position(node);
        if (!node.closed) {
            page.warn("block-unclosed", "/// " + node.name + " is not closed (a line of " + node.fence
                    + " slashes); it runs to the end of its container", at);
        }
        Optional<BlockTypes.BlockType> type = types.type(node.name);
        Map<String, Object> options = options(node, true);
        if (type.isEmpty()) {
            page.warn("block-unknown", "/// " + node.name + " is not a block type Folio knows or the site enables "
                    + "(pymdownx.blocks.admonition, details, tab, html, caption, definition); its content is shown in a plain div", at);
            return new HtmlContainer("div", blocks.apply(node), attributes(node, options), at);
        }
        return switch (type.get().kind()) {
            case ADMONITION -> admonition(node, type.get(), options, Admonition.Collapse.NONE, at);
            case DETAILS -> admonition(node, type.get(), options, truth(options.get("open"))
                    ? Admonition.Collapse.OPEN : Admonition.Collapse.CLOSED, at);
            case HTML -> html(node, options, at);
            case DEFINITION -> definitions(node, options, at);
            case TAB, CAPTION -> throw new IllegalStateException(type.get().kind() + " blocks are placed by the caller");
        };
    }

    private Block admonition(BlockFenceSyntax.Node node, BlockTypes.BlockType type, Map<String, Object> options,
            Admonition.Collapse collapse, SourcePosition at) {
        boolean generic = type.cssClass().isEmpty();
        Set<String> allowed = collapse == Admonition.Collapse.NONE ? Set.of("type") : Set.of("type", "open");
        known(node, options, generic ? allowed : collapse == Admonition.Collapse.NONE ? Set.of() : Set.of("open"));
        String cssClass = generic ? string(options.get("type")) : type.cssClass();
        // The header's argument; without one, the configured title or the class capitalised as Python does;
        // `| ` with nothing after it: no title.
        Optional<String> title = node.argument.isPresent()
                ? node.argument.filter(argument -> !argument.isEmpty())
                : type.defaultTitle().or(() -> cssClass.isEmpty() ? Optional.empty()
                        : Optional.of(capitalised(cssClass)));
        return new Admonition(cssClass, TitleMarkdown.inlines(title.orElse(""), node, page, inlines), collapse,
                blocks.apply(node), attributes(node, options), at);
    }

    private Block html(BlockFenceSyntax.Node node, Map<String, Object> options, SourcePosition at) {
        known(node, options, Set.of("markdown"));
        String selector = node.argument.orElse("").strip();
        Matcher tagMatch = TAG.matcher(selector);
        String tag = "div";
        int next = 0;
        if (tagMatch.lookingAt()) {
            tag = tagMatch.group().toLowerCase(Locale.ROOT);
            next = tagMatch.end();
        } else {
            page.warn("block-option", "/// html needs a tag first (/// html | div.class); a div is written", at);
        }
        String id = "";
        List<String> classes = new ArrayList<>();
        List<Attributes.Attribute> pairs = new ArrayList<>();
        Matcher part = SELECTOR_PART.matcher(selector);
        while (next < selector.length() && part.find(next) && part.start() == next) {
            if (part.group(1) != null) {
                if (part.group(1).equals("#")) {
                    id = part.group(2);
                } else {
                    classes.add(part.group(2));
                }
            } else {
                String value = part.group(4) == null ? "" : part.group(4);
                if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                pairs.add(new Attributes.Attribute(part.group(3), value));
            }
            next = part.end();
        }
        if (next < selector.length()) {
            page.warn("block-option", "/// html | " + selector + ": '" + selector.substring(next)
                    + "' is not a .class, #id or [attribute=value]; left out", at);
        }
        Attributes attributes = merge(new Attributes(id, classes, pairs), attrs(options, node));
        String mode = string(options.get("markdown")).toLowerCase(Locale.ROOT);
        if (!Set.of("", "auto", "block", "inline", "raw", "html").contains(mode)) {
            page.warn("block-option", "/// html: markdown: " + mode + " is not one of auto, block, inline, raw, "
                    + "html; auto is used", at);
            mode = "auto";
        }
        boolean raw = mode.equals("raw") || mode.equals("html") || (!mode.equals("block") && !mode.equals("inline")
                && RAW_TAGS.contains(tag));
        boolean inline = mode.equals("inline") || (!raw && !mode.equals("block") && SPAN_TAGS.contains(tag));
        if (raw) {
            String text = rawText(node);
            String literal = "<" + tag + attributeText(attributes) + ">"
                    + (mode.equals("html") ? text : escape(text)) + "</" + tag + ">";
            return new dev.folio.model.doc.HtmlBlock(literal, Attributes.EMPTY, at);
        }
        if (inline) {
            List<Inline> content = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph) {
                    if (!content.isEmpty()) {
                        content.add(new Text("\n", Attributes.EMPTY, at));
                    }
                    content.addAll(inlines.apply(child));
                }
            }
            return new dev.folio.model.doc.HtmlInlineContainer(tag, content, attributes, at);
        }
        return new HtmlContainer(tag, blocks.apply(node), attributes, at);
    }

    /**
     * {@code /// define}: each paragraph is a term, each item of a list after terms is one of their definitions (its
     * text bare in the {@code <dd>} when the list is tight), as pymdownx.blocks.definition turns them into a
     * {@code <dl>}. Anything else stays with the definition before it.
     */
    private Block definitions(BlockFenceSyntax.Node node, Map<String, Object> options, SourcePosition at) {
        known(node, options, Set.of());
        List<dev.folio.model.doc.DefinitionItem> items = new ArrayList<>();
        List<List<Inline>> terms = new ArrayList<>();
        SourcePosition termsAt = at;
        List<List<Block>> definitions = new ArrayList<>();
        boolean loose = false;
        for (Block block : blocks.apply(node)) {
            List<dev.folio.model.doc.ListItem> listItems = block instanceof dev.folio.model.doc.BulletList list
                    ? list.items() : block instanceof dev.folio.model.doc.OrderedList list ? list.items() : null;
            if (block instanceof dev.folio.model.doc.Paragraph paragraph) {
                if (!definitions.isEmpty()) {
                    items.add(new dev.folio.model.doc.DefinitionItem(terms, definitions, loose, Attributes.EMPTY,
                            termsAt));
                    terms = new ArrayList<>();
                    definitions = new ArrayList<>();
                    loose = false;
                }
                if (terms.isEmpty()) {
                    termsAt = paragraph.position();
                }
                terms.add(paragraph.content());
            } else if (listItems != null) {
                loose |= block instanceof dev.folio.model.doc.BulletList list ? !list.tight()
                        : !((dev.folio.model.doc.OrderedList) block).tight();
                for (dev.folio.model.doc.ListItem item : listItems) {
                    definitions.add(item.children());
                }
            } else if (!definitions.isEmpty()) {
                List<Block> last = new ArrayList<>(definitions.remove(definitions.size() - 1));
                last.add(block);
                definitions.add(last);
                loose = true;
            } else {
                definitions.add(List.of(block));
                loose = true;
            }
        }
        if (!terms.isEmpty() || !definitions.isEmpty()) {
            items.add(new dev.folio.model.doc.DefinitionItem(terms, definitions, loose, Attributes.EMPTY, termsAt));
        }
        return new dev.folio.model.doc.DefinitionList(items, attributes(node, options), at);
    }

    /** The option block as YAML; a block that is not a map of options is one warning, and no options. */
    Map<String, Object> options(BlockFenceSyntax.Node node, boolean report) {
        if (node.options.isEmpty()) {
            return Map.of();
        }
        SafeYaml.Result result = SafeYaml.get().load(dedented(node.options));
        if (report && (result.failure().isPresent() || !(result.value() instanceof Map<?, ?>))) {
            page.warn("block-option", "/// " + node.name + ": the options below the header are not YAML "
                    + "key: value lines" + result.failure().map(f -> " (" + f.message() + ")").orElse("")
                    + "; they are left out", page.position(node));
        }
        return result.map();
    }

    void known(BlockFenceSyntax.Node node, Map<String, Object> options, Set<String> allowed) {
        for (String name : options.keySet()) {
            if (!name.equals("attrs") && !allowed.contains(name)) {
                page.warn("block-option", "/// " + node.name + ": option '" + name + "' is not one it takes ("
                        + (allowed.isEmpty() ? "attrs" : "attrs, " + String.join(", ", new java.util.TreeSet<>(allowed)))
                        + "); left out", page.position(node));
            }
        }
    }

    Attributes attributes(BlockFenceSyntax.Node node, Map<String, Object> options) {
        return attrs(options, node);
    }

    /** {@code attrs: {class: a b, id: x, data-y: z}}: the outer element's attributes. */
    private Attributes attrs(Map<String, Object> options, BlockFenceSyntax.Node node) {
        Object attrs = options.get("attrs");
        if (attrs == null) {
            return Attributes.EMPTY;
        }
        if (!(attrs instanceof Map<?, ?> map)) {
            page.warn("block-option", "/// " + node.name + ": attrs is a map ({class: name, id: name}); left out",
                    page.position(node));
            return Attributes.EMPTY;
        }
        String id = "";
        List<String> classes = new ArrayList<>();
        List<Attributes.Attribute> pairs = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String value = entry.getValue() == null ? "" : String.valueOf(entry.getValue());
            if (name.equals("class")) {
                for (String word : value.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        classes.add(word);
                    }
                }
            } else if (name.equals("id")) {
                id = value;
            } else if (name.matches("[A-Za-z_:][\\w:.-]*") && !name.toLowerCase(Locale.ROOT).startsWith("on")) {
                pairs.add(new Attributes.Attribute(name, value));
            }
        }
        return new Attributes(id, classes, pairs);
    }

    private static Attributes merge(Attributes first, Attributes second) {
        if (second.isEmpty()) {
            return first;
        }
        List<String> classes = new ArrayList<>(first.classes());
        classes.addAll(second.classes());
        List<Attributes.Attribute> pairs = new ArrayList<>(first.pairs());
        pairs.addAll(second.pairs());
        return new Attributes(second.id().isEmpty() ? first.id() : second.id(), classes, pairs);
    }

    private static String dedented(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            indent = Math.min(indent, spaces);
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line, Math.min(indent, line.length()), line.length()).append('\n');
        }
        return text.toString();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value != null && Set.of("true", "yes", "on", "1")
                .contains(String.valueOf(value).strip().toLowerCase(Locale.ROOT));
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    /** Python's {@code str.capitalize()}: the first letter upper case, the rest lower. */
    static String capitalised(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first)))
                + word.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    /** The content as written, for a raw element: its lines without their common indentation. */
    private static String rawText(BlockFenceSyntax.Node node) {
        List<String> lines = new ArrayList<>(node.lines);
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line.isBlank() ? "" : line.substring(Math.min(indent, line.length())));
        }
        return text.toString();
    }

    private static String attributeText(Attributes attributes) {
        StringBuilder text = new StringBuilder();
        if (!attributes.id().isEmpty()) {
            text.append(" id=\"").append(quoted(attributes.id())).append('"');
        }
        if (!attributes.classes().isEmpty()) {
            text.append(" class=\"").append(quoted(String.join(" ", attributes.classes()))).append('"');
        }
        for (Attributes.Attribute pair : attributes.pairs()) {
            text.append(' ').append(pair.name()).append("=\"").append(quoted(pair.value())).append('"');
        }
        return text.toString();
    }

    private static String quoted(String value) {
        return escape(value).replace("\"", "&quot;");
    }

    /** Text as HTML text: the raw HTML the parser writes itself (a raw element, a caption's prefix, a fence). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
