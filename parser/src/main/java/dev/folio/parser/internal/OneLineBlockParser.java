package dev.folio.parser.internal;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/** Parses a block that is exactly one line long: an abbreviation, a snippet line, a raw tag line. */
final class OneLineBlockParser extends AbstractBlockParser {
    private final Block block;

    OneLineBlockParser(Block block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }
}
