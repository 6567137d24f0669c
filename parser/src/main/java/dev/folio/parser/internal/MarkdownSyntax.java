package dev.folio.parser.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ThematicBreak;

import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The commonmark parser configured for the MkDocs Material dialect: GFM tables and strikethrough,
 * then one extension point per construct. Immutable and thread-safe, so one is shared by every page.
 */
final class MarkdownSyntax {
    /** Deeper nesting than this is kept as text instead of recursing (and overflowing the stack). */
    static final int MAX_NESTING = 48;

    /**
     * By options: with the {@code ///} blocks of pymdownx.blocks (for sites that enable them), without indented code
     * blocks (superfences' {@code disable_indented_code_blocks}).
     */
    private static final Parser[] PARSERS = {builder(false, true).build(), builder(true, true).build(),
        builder(false, false).build(), builder(true, false).build()};

    private static Parser.Builder builder(boolean blocks, boolean indentedCode) {
        Parser.Builder builder = builder();
        if (blocks) {
            builder.customBlockParserFactory(new BlockFenceSyntax.Factory());
        }
        // Lists are Python-Markdown's (PythonListSyntax), never CommonMark's. The core parsers are tried in the set's
        // order, which must be commonmark's own: a setext underline before a thematic break.
        Set<Class<? extends Block>> types = new LinkedHashSet<>(List.of(BlockQuote.class, Heading.class,
                FencedCodeBlock.class, HtmlBlock.class, ThematicBreak.class));
        if (indentedCode) {
            types.add(IndentedCodeBlock.class);
        }
        builder.enabledBlockTypes(types);
        return builder;
    }

    private static Parser.Builder builder() {
        return Parser.builder()
            .extensions(List.of(TablesExtension.create(),
                    StrikethroughExtension.builder().requireTwoTildes(true).build()))
            .customBlockParserFactory(new TightHeadingSyntax.Factory())
            .customBlockParserFactory(new PythonListSyntax.Factory(false))
            .customBlockParserFactory(new AdmonitionSyntax.Factory())
            .customBlockParserFactory(new TabSyntax.Factory())
            .customBlockParserFactory(new FootnoteSyntax.Factory())
            .customBlockParserFactory(new AbbreviationSyntax.Factory())
            .customBlockParserFactory(new HtmlContainerSyntax.Factory())
            .customBlockParserFactory(new RawHtmlSyntax.Factory())
            .customBlockParserFactory(new DefinitionListSyntax.Factory())
            .customBlockParserFactory(new CriticAndMathSyntax.BlockFactory())
            .customDelimiterProcessor(PairedDelimiterSyntax.mark())
            .customDelimiterProcessor(PairedDelimiterSyntax.insert())
            .customDelimiterProcessor(PairedDelimiterSyntax.superscript())
            .customDelimiterProcessor(PairedDelimiterSyntax.subscript())
            .linkProcessor(new LooseLinkSyntax())
            .customInlineContentParserFactory(InlineTokenSyntax.keys())
            .customInlineContentParserFactory(InlineTokenSyntax.numericEntities())
            .customInlineContentParserFactory(CriticAndMathSyntax.critic())
            .customInlineContentParserFactory(CriticAndMathSyntax.math())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(MAX_NESTING)
            .maxInlineNesting(MAX_NESTING);
    }

    private MarkdownSyntax() {
    }

    static Node parse(String markdown) {
        return parse(markdown, false);
    }

    /** @param blocks whether {@code ///} starts a block ({@link BlockFenceSyntax}) or is text */
    static Node parse(String markdown, boolean blocks) {
        return parse(markdown, blocks, true);
    }

    /** @param indentedCode whether text indented by four spaces is a code block */
    static Node parse(String markdown, boolean blocks, boolean indentedCode) {
        Node root = PARSERS[(blocks ? 1 : 0) + (indentedCode ? 0 : 2)].parse(markdown);
        SpaceEmphasis.rewrite(root);
        return root;
    }
}
