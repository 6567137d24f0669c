package dev.folio.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/** Abbreviation definitions, {@code *[TERM]: Definition}, one per line; they are not content. */
final class AbbreviationSyntax {
    static final Pattern DEFINITION = Pattern.compile("^\\*\\[([^\\]\\\\]+)\\][ ]?:[ ]*(.*?)\\s*$");

    private AbbreviationSyntax() {
    }

    static final class Definition extends CustomBlock {
        final String term;
        final String title;

        Definition(String term, String title) {
            this.term = term;
            this.title = title;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            int start = LineStart.of(state, "*[");
            if (start < 0) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            Matcher m = DEFINITION.matcher(line.subSequence(start, line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            return BlockStart.of(new OneLineBlockParser(new Definition(m.group(1).strip(), m.group(2)))).atIndex(line.length());
        }
    }
}
