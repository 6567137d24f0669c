package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Block;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Python-Markdown's setext heading takes a paragraph of one line only: a line of dashes under a longer paragraph is a
 * thematic break after it, and a line of {@code =} is more of the paragraph's text, where CommonMark makes the whole
 * paragraph a heading.
 */
final class SetextUnderlineSyntax {
    private SetextUnderlineSyntax() {
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4 || matched.getParagraphLines().getLines().size() < 2) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int i = state.getNextNonSpaceIndex();
            char kind = i < line.length() ? line.charAt(i) : 0;
            if (kind != '-' && kind != '=') {
                return BlockStart.none();
            }
            while (i < line.length() && line.charAt(i) == kind) {
                i++;
            }
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i < line.length()) {
                return BlockStart.none();
            }
            if (kind == '-') {
                return BlockStart.of(new OneLineBlockParser(new ThematicBreak())).atIndex(line.length());
            }
            List<SourceLine> lines = new ArrayList<>(matched.getParagraphLines().getLines());
            // The = line itself is added as the paragraph's next line, from where its text starts.
            return BlockStart.of(new ParagraphParser(lines)).atIndex(state.getNextNonSpaceIndex())
                    .replaceParagraphLines(lines.size());
        }
    }

    /** The paragraph taken over with its {@code =} line, going on as a paragraph goes on. */
    private static final class ParagraphParser extends AbstractBlockParser {
        private final Paragraph block = new Paragraph();
        private final List<SourceLine> lines;

        ParagraphParser(List<SourceLine> lines) {
            this.lines = lines;
            for (SourceLine line : lines) {
                if (line.getSourceSpan() != null) {
                    block.addSourceSpan(line.getSourceSpan());
                }
            }
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean canHaveLazyContinuationLines() {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return state.isBlank() ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            lines.add(line);
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            inlineParser.parse(SourceLines.of(lines), block);
        }
    }
}
