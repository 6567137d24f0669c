package dev.folio.parser.internal;

import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Lists as Python-Markdown reads them, in place of CommonMark's: an item is {@code *}, {@code +} or {@code -}, or
 * digits and a period, then at least one space, at most three spaces in; its content goes on at four columns in
 * (a nested list, a second paragraph, code at eight), whatever the marker's width, and a line less indented ends it
 * (two spaces do not nest). A list does not interrupt a paragraph (the line is the paragraph's text), except the
 * first paragraph of an item, which a nested list may follow directly. Once a list is open, any marker adds an item
 * to it, a bullet to a numbered list too, unless {@code sane_lists} keeps the kinds apart. Which items are loose
 * ({@code <p>} around their text) the converter decides from the blank lines, item by item, as Python-Markdown does.
 */
final class PythonListSyntax {
    /** Python-Markdown's tab length: the indentation that continues an item. */
    static final int INDENT = 4;

    private PythonListSyntax() {
    }

    /** An item's marker on a line: its kind, its number, and where its content starts. */
    private record Marker(char bullet, int number, int contentIndex) {
        boolean ordered() {
            return bullet == 0;
        }
    }

    /** An ordered list of pymdownx.fancylists: its type ({@code dot-roman}, …) and the number it starts at. */
    static final class FancyOrderedList extends OrderedList {
        final String type;

        FancyOrderedList(String type) {
            this.type = type;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        private final boolean sane;
        private final java.util.Optional<FancyLists> fancy;

        /**
         * @param sane  {@code sane_lists}: bullets and numbers make separate lists
         * @param fancy pymdownx.fancylists' markers, when the site enables it
         */
        Factory(boolean sane, java.util.Optional<FancyLists> fancy) {
            this.sane = sane;
            this.fancy = fancy;
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= INDENT) {
                return BlockStart.none();
            }
            if (continuesALaterParagraph(state)) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (fancy.isPresent() && start < line.length() && "*+-".indexOf(line.charAt(start)) < 0) {
                return fancyStart(fancy.get(), matched, line, start);
            }
            Marker marker = marker(line, start);
            if (marker == null || isThematicBreak(line, start)) {
                return BlockStart.none();
            }
            BlockParser open = matched.getMatchedBlockParser();
            if (!matched.getParagraphLines().isEmpty() && !firstParagraphOfItem(open.getBlock())) {
                return BlockStart.none(); // the line is the paragraph's text, as Python-Markdown reads it
            }
            ListItemParser item = new ListItemParser();
            if (open instanceof ListParser list && (!sane && fancy.isEmpty() || list.ordered() == marker.ordered())) {
                return BlockStart.of(item).atIndex(marker.contentIndex());
            }
            ListBlock block;
            if (marker.ordered()) {
                OrderedList ordered = new OrderedList();
                ordered.setMarkerStartNumber(marker.number());
                ordered.setMarkerDelimiter(".");
                block = ordered;
            } else {
                BulletList bullets = new BulletList();
                bullets.setMarker(String.valueOf(marker.bullet()));
                block = bullets;
            }
            block.setTight(true);
            return BlockStart.of(new ListParser(block, marker.ordered()), item).atIndex(marker.contentIndex());
        }
    }

    /** An ordered item as pymdownx.fancylists reads it: a new list whenever its type differs from the open list's. */
    private static BlockStart fancyStart(FancyLists fancy, MatchedBlockParser matched, CharSequence line, int start) {
        FancyLists.Marker marker = fancy.marker(line, start);
        if (marker == null) {
            return BlockStart.none();
        }
        BlockParser open = matched.getMatchedBlockParser();
        if (!matched.getParagraphLines().isEmpty() && !firstParagraphOfItem(open.getBlock())) {
            return BlockStart.none();
        }
        String current = open instanceof ListParser list && list.getBlock() instanceof FancyOrderedList ordered
                ? ordered.type : "";
        // A list right inside `/// fancylists | type=a start=9` takes the block's type and start.
        java.util.Optional<FancyLists.Forced> forced = current.isEmpty() && open.getBlock() instanceof BlockFenceSyntax.Node fence
                && fence.name.equals(FancyLists.BLOCK) && fence.getFirstChild() == null
                ? FancyLists.Forced.of(fence.argument.orElse("")) : java.util.Optional.empty();
        String type = forced.map(f -> fancy.type(marker, f)).orElseGet(() -> fancy.type(marker, current));
        ListItemParser item = new ListItemParser();
        if (type.equals(current)) {
            return BlockStart.of(item).atIndex(marker.contentIndex());
        }
        FancyOrderedList list = new FancyOrderedList(type);
        list.setMarkerStartNumber(forced.filter(f -> f.start().isPresent()).map(f -> f.start().getAsInt())
                .orElseGet(() -> FancyLists.start(marker, type)));
        list.setMarkerDelimiter(String.valueOf(marker.separator()));
        list.setTight(true);
        return BlockStart.of(new ListParser(list, true), item).atIndex(marker.contentIndex());
    }

    /**
     * A marker right under an item's second (or later) paragraph, without a blank line: Python-Markdown reads the
     * item's block of lines whole, and there a list does not interrupt a paragraph, so the line is that paragraph's text.
     */
    private static boolean continuesALaterParagraph(ParserState state) {
        Block active = state.getActiveBlockParser().getBlock();
        return active instanceof Paragraph && active.getParent() instanceof ListItem item && item.getFirstChild() != active;
    }

    private static boolean firstParagraphOfItem(Block block) {
        return block instanceof Paragraph && block.getParent() instanceof ListItem item
                && item.getFirstChild() == block;
    }

    /** {@code [*+-]} or {@code \d+\.}, then one space or more (a tab counts), or null. */
    private static Marker marker(CharSequence line, int start) {
        if (start >= line.length()) {
            return null;
        }
        char c = line.charAt(start);
        int after;
        char bullet = 0;
        int number = 0;
        if (c == '*' || c == '+' || c == '-') {
            bullet = c;
            after = start + 1;
        } else {
            int i = start;
            while (i < line.length() && i - start < 9 && Character.isDigit(line.charAt(i))
                    && line.charAt(i) < 128) {
                number = number * 10 + (line.charAt(i) - '0');
                i++;
            }
            if (i == start || i >= line.length() || line.charAt(i) != '.') {
                return null;
            }
            after = i + 1;
        }
        int content = after;
        while (content < line.length() && (line.charAt(content) == ' ' || line.charAt(content) == '\t')) {
            content++;
        }
        return content == after ? null : new Marker(bullet, number, content);
    }

    /** Three or more {@code *}, {@code -} or {@code _} alone on the line, spaces between: a rule, not an item. */
    private static boolean isThematicBreak(CharSequence line, int start) {
        char kind = line.charAt(start);
        if (kind != '*' && kind != '-' && kind != '_') {
            return false;
        }
        int count = 0;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == kind) {
                count++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    private static final class ListParser extends AbstractBlockParser {
        private final ListBlock block;
        private final boolean ordered;

        ListParser(ListBlock block, boolean ordered) {
            this.block = block;
            this.ordered = ordered;
        }

        boolean ordered() {
            return ordered;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block child) {
            return child instanceof ListItem;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            // A list has no marker of its own: it stays open while items follow, and canContain closes it.
            return BlockContinue.atIndex(state.getIndex());
        }
    }

    private static final class ListItemParser extends AbstractBlockParser {
        private final ListItem block = new ListItem();

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block child) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                return block.getFirstChild() == null ? BlockContinue.none()
                        : BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (state.getIndent() >= INDENT) {
                return BlockContinue.atColumn(state.getColumn() + INDENT);
            }
            return BlockContinue.none();
        }
    }
}
