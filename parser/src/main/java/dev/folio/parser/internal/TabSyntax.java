package dev.folio.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * pymdownx.tabbed: {@code === "Label"} with content indented four spaces. Consecutive tabs form one
 * group (joined when converting); {@code ===!} starts a new group, {@code ===+} selects the tab.
 */
final class TabSyntax {
    private static final Pattern START = Pattern.compile("^===([!+]{0,2})[ \\t]+\"(.*)\"[ \\t]*$");

    private TabSyntax() {
    }

    /** One tab; its first child is the {@link Label}, whose inline children are the label. */
    static final class Node extends CustomBlock {
        final boolean newGroup;
        final boolean selected;

        Node(boolean newGroup, boolean selected) {
            this.newGroup = newGroup;
            this.selected = selected;
        }
    }

    /** The tab's label, parsed as inline Markdown. */
    static final class Label extends CustomBlock {
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            int start = LineStart.of(state, "=");
            if (start < 0) {
                return BlockStart.none();
            }
            SourceLine line = state.getLine();
            CharSequence content = line.getContent();
            Matcher m = START.matcher(content.subSequence(start, content.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            Node node = new Node(m.group(1).contains("!"), m.group(1).contains("+"));
            SourceLine label = line.substring(start + m.start(2), start + m.end(2));
            return BlockStart.of(new Parser(node, label)).atIndex(content.length());
        }
    }

    private static final class Parser extends IndentedBodyParser {
        private final Node node;
        private final SourceLine label;

        Parser(Node node, SourceLine label) {
            this.node = node;
            this.label = label;
        }

        @Override
        public Block getBlock() {
            return node;
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            Label labelBlock = new Label();
            if (label.getSourceSpan() != null) {
                labelBlock.addSourceSpan(label.getSourceSpan());
            }
            inlineParser.parse(SourceLines.of(label), labelBlock);
            node.prependChild(labelBlock);
        }
    }
}
