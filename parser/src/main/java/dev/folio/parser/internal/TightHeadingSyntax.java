package dev.folio.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A hash heading without a space after its hashes, {@code ####Heading}: Python-Markdown's heading rule needs none,
 * CommonMark's does (the line stays a paragraph there). Like any heading it interrupts a paragraph; its closing
 * hashes and spaces are dropped, as Python-Markdown drops them.
 */
final class TightHeadingSyntax {
    /**
     * One to six hashes, then text that does not start with white space (with a space the heading is CommonMark's):
     * seven hashes are a level-6 heading whose text starts with the seventh, as in Python-Markdown.
     */
    private static final Pattern START = Pattern.compile("(#{1,6}+)(?!\\s)(.+?)[ \\t]*#*[ \\t]*");

    private TightHeadingSyntax() {
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            // Python-Markdown reads the hashes only at the start of the line (of the container's content).
            int start = LineStart.of(state, "#");
            if (start < 0 || state.getIndent() > 0) {
                return BlockStart.none();
            }
            SourceLine line = state.getLine();
            CharSequence content = line.getContent();
            Matcher m = START.matcher(content.subSequence(start, content.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            Heading heading = new Heading();
            heading.setLevel(m.group(1).length());
            SourceLine text = line.substring(start + m.start(2), start + m.end(2));
            return BlockStart.of(new Parser(heading, text)).atIndex(content.length());
        }
    }

    private static final class Parser extends AbstractBlockParser {
        private final Heading heading;
        private final SourceLine text;

        Parser(Heading heading, SourceLine text) {
            this.heading = heading;
            this.text = text;
        }

        @Override
        public Block getBlock() {
            return heading;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            inlineParser.parse(SourceLines.of(text), heading);
        }
    }
}
