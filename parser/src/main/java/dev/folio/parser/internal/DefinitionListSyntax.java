package dev.folio.parser.internal;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Definition lists (Python-Markdown def_list): a paragraph (the term) followed by {@code :   definition},
 * the definition's body indented four spaces. Consecutive lists are joined when converting. A
 * {@code :} line after a blank line, below a paragraph or a definition (list), is a {@link Definition}
 * on its own ({@link Definition#detached}): the converter makes the paragraph its terms, or adds it
 * to the list, as a loose definition, as Python-Markdown does.
 */
final class DefinitionListSyntax {
    private DefinitionListSyntax() {
    }

    static final class List extends CustomBlock {
    }

    static final class Item extends CustomBlock {
    }

    /** The term; its inline children are the term's text. */
    static final class Term extends CustomBlock {
    }

    static final class Definition extends CustomBlock {
        /** True when a blank line separates it from the terms or the definition before it. */
        final boolean detached;

        Definition(boolean detached) {
            this.detached = detached;
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
            if (line.charAt(start) != ':' || start + 1 >= line.length()
                    || line.charAt(start + 1) != ' ' && line.charAt(start + 1) != '\t') {
                return BlockStart.none();
            }
            int body = start + 1;
            while (body < line.length() && (line.charAt(body) == ' ' || line.charAt(body) == '\t')) {
                body++;
            }
            Block open = matched.getMatchedBlockParser().getBlock();
            if (!(open instanceof Paragraph)) {
                // The paragraph or list above already ended at a blank line: a loose definition.
                org.commonmark.node.Node above = open.getLastChild();
                return above instanceof Paragraph || above instanceof List || above instanceof Definition
                        ? BlockStart.of(new DefinitionParser(new Definition(true))).atIndex(body)
                        : BlockStart.none();
            }
            SourceLines termLines = matched.getParagraphLines();
            if (termLines.isEmpty()) {
                return BlockStart.none();
            }
            return BlockStart.of(new Wrapper(new List()), new ItemParser(new Item(), termLines),
                    new DefinitionParser(new Definition(false)))
                    .atIndex(body).replaceParagraphLines(termLines.getLines().size());
        }
    }

    /** The list and the item: they last as long as the definition, consuming no indentation. */
    private static class Wrapper extends AbstractBlockParser {
        private final Block block;

        Wrapper(Block block) {
            this.block = block;
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
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return state.isBlank() || state.getIndent() >= IndentedBodyParser.INDENT
                    ? BlockContinue.atIndex(state.getIndex()) : BlockContinue.none();
        }
    }

    private static final class ItemParser extends Wrapper {
        private final Item item;
        private final SourceLines termLines;

        ItemParser(Item item, SourceLines termLines) {
            super(item);
            this.item = item;
            this.termLines = termLines;
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            Term term = new Term();
            term.setSourceSpans(termLines.getSourceSpans());
            inlineParser.parse(termLines, term);
            item.prependChild(term);
        }
    }

    private static final class DefinitionParser extends IndentedBodyParser {
        private final Definition definition;

        DefinitionParser(Definition definition) {
            this.definition = definition;
        }

        @Override
        public Block getBlock() {
            return definition;
        }
    }
}
