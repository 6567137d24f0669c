package dev.folio.parser.internal;

import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Python-Markdown's setext heading takes a paragraph of one line only: a line of dashes under a longer paragraph is a
 * thematic break after it, where CommonMark makes the whole paragraph a heading.
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
            int dashes = 0;
            while (i < line.length() && line.charAt(i) == '-') {
                i++;
                dashes++;
            }
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (dashes == 0 || i < line.length()) {
                return BlockStart.none();
            }
            return BlockStart.of(new OneLineBlockParser(new ThematicBreak())).atIndex(line.length());
        }
    }
}
