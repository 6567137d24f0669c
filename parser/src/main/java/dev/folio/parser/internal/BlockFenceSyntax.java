package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * The generic block fence of pymdownx.blocks: a header {@code /// name | argument}, an optional YAML option block (the
 * lines right below it indented four spaces or more), the content, and a closing fence of the same number of slashes.
 * Blocks nest when their fences differ in length, as fenced code does; a fence inside fenced code is code. What a
 * block becomes is its type's business ({@link FencedBlocks}); an unclosed block runs to the end of its container.
 */
final class BlockFenceSyntax {
    private static final Pattern START = Pattern.compile("(/{3,})[ \\t]*([\\w-]+)[ \\t]*(?:\\|[ \\t]*(.*?)[ \\t]*)?");
    private static final Pattern END = Pattern.compile("(/{3,})[ \\t]*");

    private BlockFenceSyntax() {
    }

    /** The parsed block, before its type converts it to the model. */
    static final class Node extends CustomBlock {
        final int fence;
        final String name;
        /** Empty without {@code |}; an empty string for {@code | } with nothing after it. */
        final Optional<String> argument;
        final List<String> options = new ArrayList<>();
        /** The content's lines as written, for a type that keeps them raw. */
        final List<String> lines = new ArrayList<>();
        boolean closed;

        Node(int fence, String name, Optional<String> argument) {
            this.fence = fence;
            this.name = name;
            this.argument = argument;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= IndentedBodyParser.INDENT) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (line.charAt(start) != '/') {
                return BlockStart.none();
            }
            Matcher m = START.matcher(line.subSequence(start, line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            Node node = new Node(m.group(1).length(), m.group(2).toLowerCase(java.util.Locale.ROOT),
                    Optional.ofNullable(m.group(3)));
            return BlockStart.of(new Parser(node)).atIndex(line.length());
        }
    }

    private static final class Parser extends AbstractBlockParser {
        private final Node node;
        private boolean header = true;

        Parser(Node node) {
            this.node = node;
        }

        @Override
        public Block getBlock() {
            return node;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block block) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence line = state.getLine().getContent();
            // Fenced code is code to its end, a block fence in it included (SuperFences stashes it first).
            if (state.getActiveBlockParser().getBlock() instanceof FencedCodeBlock) {
                node.lines.add(line.subSequence(state.getIndex(), line.length()).toString());
                return BlockContinue.atIndex(state.getIndex());
            }
            if (!state.isBlank() && state.getIndent() < IndentedBodyParser.INDENT) {
                Matcher m = END.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
                if (m.matches() && m.group(1).length() == node.fence) {
                    node.closed = true;
                    return BlockContinue.finished();
                }
            }
            if (header) {
                if (!state.isBlank() && state.getIndent() >= IndentedBodyParser.INDENT) {
                    node.options.add(line.subSequence(state.getIndex(), line.length()).toString());
                    return BlockContinue.atIndex(line.length());
                }
                header = false;
            }
            node.lines.add(line.subSequence(state.getIndex(), line.length()).toString());
            return BlockContinue.atIndex(state.getIndex());
        }
    }
}
