package dev.folio.parser.internal;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/**
 * A container whose body is indented four spaces below its marker line, as Python-Markdown's
 * admonitions, tabs and footnote definitions are: blank lines stay inside, an indented line
 * continues it, anything else ends it (a paragraph may still continue lazily, as in a list item).
 */
abstract class IndentedBodyParser extends AbstractBlockParser {
    static final int INDENT = 4;

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
        if (state.isBlank()) {
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        if (state.getIndent() >= INDENT) {
            return BlockContinue.atColumn(state.getColumn() + INDENT);
        }
        return BlockContinue.none();
    }
}
