package dev.folio.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Footnote definitions: {@code [^label]: text}, the body continuing on lines indented four spaces
 * (several paragraphs allowed). References ({@code [^label]}) are found in text by {@link TextSplitter}.
 */
final class FootnoteSyntax {
    static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]:[ \\t]?");

    private FootnoteSyntax() {
    }

    static final class Definition extends CustomBlock {
        final String label;

        Definition(String label) {
            this.label = label;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            int start = LineStart.of(state, "[^");
            if (start < 0) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            Matcher m = DEFINITION.matcher(line.subSequence(start, line.length()));
            if (!m.find()) {
                return BlockStart.none();
            }
            return BlockStart.of(new Parser(new Definition(m.group(1)))).atIndex(start + m.end());
        }
    }

    private static final class Parser extends IndentedBodyParser {
        private final Definition definition;

        Parser(Definition definition) {
            this.definition = definition;
        }

        @Override
        public Block getBlock() {
            return definition;
        }
    }
}
