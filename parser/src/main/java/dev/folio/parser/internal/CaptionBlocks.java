package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Node;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.HtmlContainer;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Text;

/**
 * pymdownx.blocks.caption: a {@code /// caption} wraps the block before it in a {@code <figure>} with the caption's
 * content as its {@code <figcaption>} (after it, or before it with {@code <} or the global {@code prepend}), or goes
 * into the figure before it when that has no caption yet. Types with a prefix template ({@code figure-caption}:
 * {@code Figure {}.}, {@code table-caption}: {@code Table {}.}) number their figures, one count per type, as pymdownx
 * does: {@code __figure-caption_1} as the figure's id, the prefix in a {@code span.caption-prefix} opening the caption;
 * {@code ^1} in the header numbers one level deeper (2.1, 2.2), a number ({@code 12}, {@code 3.1}) sets it. One per
 * page, as its counts are.
 */
final class CaptionBlocks {
    private static final int MAX_DEPTH = 16;
    private static final Pattern NUMBER = Pattern.compile("^(\\^)?([1-9][0-9]*(?:\\.[1-9][0-9]*)*)(?= |$)");

    private final PageContext page;
    private final BlockTypes.Captions settings;
    private final FencedBlocks fenced;
    private final Function<Node, List<Block>> blocks;
    private final Map<String, Integer> last = new HashMap<>();
    private final Map<String, List<Integer>> counters = new HashMap<>();

    CaptionBlocks(PageContext page, BlockTypes.Captions settings, FencedBlocks fenced,
            Function<Node, List<Block>> blocks) {
        this.page = page;
        this.settings = settings;
        this.fenced = fenced;
        this.blocks = blocks;
    }

    /** Replaces the last block of {@code out} with its figure, or adds the caption to the figure that it is. */
    void attach(BlockFenceSyntax.Node node, BlockTypes.BlockType type, List<Block> out) {
        SourcePosition at = page.position(node);
        Map<String, Object> options = fenced.options(node, true);
        fenced.known(node, options, java.util.Set.of());
        boolean prepend = settings.prepend();
        String argument = node.argument.orElse("").strip();
        if (argument.startsWith(">") || argument.startsWith("<")) {
            prepend = argument.startsWith("<");
            argument = argument.substring(1).strip();
        }
        Optional<String> level = Optional.empty();
        Optional<String> number = Optional.empty();
        Matcher m = NUMBER.matcher(argument);
        if (m.find()) {
            if (m.group(1) != null) {
                level = Optional.of(m.group(2));
            } else {
                number = Optional.of(m.group(2));
            }
            argument = argument.substring(m.end()).strip();
        }
        if (!argument.isEmpty()) {
            page.warn("block-option", "/// " + node.name + " | " + node.argument.orElse("") + ": a caption's header "
                    + "takes only < or >, a number (12) or a depth (^1); '" + argument + "' is left out", at);
        }
        HtmlContainer caption = new HtmlContainer("figcaption", blocks.apply(node), Attributes.EMPTY, at);
        Attributes attributes = fenced.attributes(node, options);
        if (!type.cssClass().isBlank()) {
            attributes = withClasses(attributes, List.of(type.cssClass().trim().split("\\s+")));
        }

        int lastIndex = out.size() - 1;
        Block before = lastIndex >= 0 ? out.get(lastIndex) : null;
        List<Block> children = new ArrayList<>();
        SourcePosition figureAt = at;
        if (before instanceof HtmlContainer figure && figure.tag().equals("figure") && figure.children().stream()
                .noneMatch(child -> child instanceof HtmlContainer c && c.tag().equals("figcaption"))) {
            // A figure without a caption takes this one.
            out.remove(lastIndex);
            children.addAll(figure.children());
            attributes = merge(figure.attributes(), attributes);
            figureAt = figure.position();
        } else if (before != null) {
            out.remove(lastIndex);
            children.add(before);
            figureAt = before.position();
        }
        if (prepend) {
            children.add(0, caption);
        } else {
            children.add(caption);
        }
        // Only types with a prefix template are numbered, automatically or by the number written in the header.
        Optional<String> template = type.defaultTitle();
        Optional<String> written = number;
        Optional<String> figureNumber = template.isEmpty() ? Optional.empty()
                : settings.auto() ? automatic(type.name(), level, number)
                : level.map(l -> String.join(".", java.util.Collections.nCopies(depth(l) + 1, "1")))
                        .or(() -> written);
        if (figureNumber.isPresent()) {
            if (attributes.id().isEmpty()) {
                attributes = attributes.withId("__" + type.name() + "_" + figureNumber.get().replace('.', '_'));
            }
            children = prefixed(children, prepend, template.get().replace("{}", figureNumber.get()), at);
        }
        out.add(new HtmlContainer("figure", children, attributes, figureAt));
    }

    /**
     * The number of the next figure of a type, counted as pymdownx counts: one list of counts per type, a depth
     * of {@code ^level} below the top, a written number taken when it is not below the count; empty when the
     * depth is beyond {@code auto_level} or the type has no prefix template.
     */
    private Optional<String> automatic(String type, Optional<String> level, Optional<String> written) {
        int stack = level.map(CaptionBlocks::depth).orElse(0);
        if (settings.autoLevel() > 0 && stack >= settings.autoLevel()) {
            return Optional.empty();
        }
        List<Integer> manual = new ArrayList<>();
        if (written.isPresent()) {
            for (String part : written.get().split("\\.")) {
                manual.add(bounded(part, Integer.MAX_VALUE / 2));
            }
            if (manual.size() > MAX_DEPTH) {
                manual.subList(MAX_DEPTH, manual.size()).clear();
            }
            stack = manual.size() - 1;
        }
        int previous = last.getOrDefault(type, 0);
        List<Integer> counter = counters.computeIfAbsent(type, t -> new ArrayList<>(List.of(0)));
        if (stack > previous) {
            for (int i = previous; i < stack; i++) {
                counter.add(1);
            }
        } else if (stack == previous) {
            counter.set(stack, counter.get(stack) + 1);
        } else {
            counter.subList(stack + 1, counter.size()).clear();
            counter.set(counter.size() - 1, counter.get(counter.size() - 1) + 1);
        }
        last.put(type, stack);
        if (!manual.isEmpty()) {
            boolean notBelow = true;
            for (int i = 0; i < Math.min(counter.size(), manual.size()); i++) {
                notBelow &= counter.get(i) <= manual.get(i);
            }
            if (notBelow) {
                counter.clear();
                counter.addAll(manual);
            }
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i <= stack && i < counter.size(); i++) {
            parts.add(String.valueOf(counter.get(i)));
        }
        return Optional.of(String.join(".", parts));
    }

    /** The caption's first paragraph opened by the prefix; a paragraph of its own when it has none. */
    private static List<Block> prefixed(List<Block> children, boolean prepend, String prefix, SourcePosition at) {
        List<Block> updated = new ArrayList<>(children);
        int index = prepend ? 0 : updated.size() - 1;
        if (!(updated.get(index) instanceof HtmlContainer caption)) {
            return children;
        }
        RawInline span = new RawInline("<span class=\"caption-prefix\">" + FencedBlocks.escape(prefix) + "</span>",
                Attributes.EMPTY, at);
        List<Block> content = new ArrayList<>(caption.children());
        if (!content.isEmpty() && content.get(0) instanceof Paragraph first) {
            List<Inline> inlines = new ArrayList<>();
            inlines.add(span);
            inlines.add(new Text(" ", Attributes.EMPTY, at));
            inlines.addAll(first.content());
            content.set(0, new Paragraph(inlines, first.attributes(), first.position()));
        } else {
            content.add(0, new Paragraph(List.of(span), Attributes.EMPTY, at));
        }
        updated.set(index, new HtmlContainer("figcaption", content, caption.attributes(), caption.position()));
        return updated;
    }

    /** A {@code ^N} depth, at most {@value #MAX_DEPTH}: figures are not nested deeper, and the count stays small. */
    private static int depth(String level) {
        int dot = level.indexOf('.');
        return bounded(dot < 0 ? level : level.substring(0, dot), MAX_DEPTH);
    }

    private static int bounded(String digits, int max) {
        return digits.length() > 9 ? max : Math.min(max, Integer.parseInt(digits));
    }

    private static Attributes withClasses(Attributes attributes, List<String> classes) {
        List<String> all = new ArrayList<>(classes);
        attributes.classes().stream().filter(c -> !all.contains(c)).forEach(all::add);
        return new Attributes(attributes.id(), all, attributes.pairs());
    }

    private static Attributes merge(Attributes figure, Attributes caption) {
        List<String> classes = new ArrayList<>(figure.classes());
        caption.classes().stream().filter(c -> !classes.contains(c)).forEach(classes::add);
        List<Attributes.Attribute> pairs = new ArrayList<>(figure.pairs());
        pairs.addAll(caption.pairs());
        return new Attributes(figure.id().isEmpty() ? caption.id() : figure.id(), classes, pairs);
    }
}
