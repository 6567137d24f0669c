package dev.folio.parser.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ThematicBreak;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The commonmark parser configured for the MkDocs Material dialect: GFM tables,
 * then one extension point per construct. Immutable and thread-safe, so one is shared by every page.
 */
final class MarkdownSyntax {
    /** Deeper nesting than this is kept as text instead of recursing (and overflowing the stack). */
    static final int MAX_NESTING = 48;

    /**
     * What changes the parser from site to site.
     *
     * @param blocks       whether {@code ///} starts a pymdownx.blocks block ({@link BlockFenceSyntax}) or is text
     * @param indentedCode whether text indented by four spaces is a code block (superfences'
     *                     {@code disable_indented_code_blocks})
     * @param escapable    what a backslash escapes ({@link PythonEscapeSyntax})
     * @param saneLists    {@code sane_lists}: bullets and numbers make separate lists
     * @param progressBars pymdownx.progressbar's options, when the site enables it
     * @param newlineBreaks nl2br: a line end in a paragraph is a line break
     * @param codeHiliteHeaders codehilite (without pymdownx.highlight): an indented block's {@code :::lang} or
     *                          {@code #!lang} first line names its language ({@link CodeHiliteHeader})
     * @param inline       the inline syntaxes the site's extensions add ({@link InlineExtensions})
     * @param saneHeaders  pymdownx.saneheaders: a hash heading needs a space after its hashes ({@code #tag} is text)
     * @param fancyLists   pymdownx.fancylists' ordered markers, when the site enables it
     * @param apiReferences the plugin that turns {@code ::: identifier} into an API reference (mkdocstrings,
     *                      mkautodoc), when the site enables one ({@link ApiReferenceSyntax})
     * @param autorefs     whether {@code [text][identifier]} without a definition is a cross-reference
     *                     ({@link AutoRefSyntax}: mkdocs-autorefs, or mkdocstrings)
     */
    record Options(boolean blocks, boolean indentedCode, PythonEscapeSyntax.Escapes escapable, boolean saneLists,
            Optional<ProgressBarSyntax.Options> progressBars, boolean newlineBreaks, boolean codeHiliteHeaders,
            InlineExtensions inline, boolean saneHeaders, Optional<FancyLists> fancyLists,
            Optional<String> apiReferences, boolean autorefs) {
        static final Options DEFAULT = new Options(false, true, PythonEscapeSyntax.Escapes.BASE, false, Optional.empty(),
                false, false, InlineExtensions.ALL, false, Optional.empty(), Optional.empty(), false);

        Options withBlocks(boolean enabled) {
            return new Options(enabled, indentedCode, escapable, saneLists, progressBars, newlineBreaks,
                    codeHiliteHeaders, inline, saneHeaders, fancyLists, apiReferences, autorefs);
        }
    }

    /** One parser per set of options a site has used; a parser is immutable and thread-safe. */
    private static final Map<Options, Parser> PARSERS = new ConcurrentHashMap<>();

    private static Parser.Builder builder(Options options) {
        Parser.Builder builder = builder(options.saneLists(), options.saneHeaders(), options.fancyLists());
        InlineExtensions inline = options.inline();
        if (inline.math()) {
            // before the escapes: "\\(" opens a formula, not an escaped parenthesis
            builder.customInlineContentParserFactory(CriticAndMathSyntax.parenthesisedMath());
        }
        if (inline.mark()) {
            builder.customDelimiterProcessor(PairedDelimiterSyntax.mark(inline.smartMark()));
        }
        if (inline.insert()) {
            builder.customDelimiterProcessor(PairedDelimiterSyntax.insert(inline.smartInsert()));
        }
        if (inline.superscript()) {
            builder.customDelimiterProcessor(PairedDelimiterSyntax.superscript());
        }
        if (inline.delete()) {
            builder.customDelimiterProcessor(PairedDelimiterSyntax.delete(inline.smartDelete()));
        }
        if (inline.subscript()) {
            builder.customDelimiterProcessor(PairedDelimiterSyntax.subscript());
        }
        if (inline.keys()) {
            builder.customInlineContentParserFactory(InlineTokenSyntax.keys());
        }
        if (inline.critic()) {
            builder.customInlineContentParserFactory(CriticAndMathSyntax.critic());
        }
        if (inline.math()) {
            builder.customInlineContentParserFactory(CriticAndMathSyntax.math());
            builder.customBlockParserFactory(new CriticAndMathSyntax.BlockFactory());
        }
        builder.customInlineContentParserFactory(new PythonEscapeSyntax(options.escapable()));
        builder.customInlineContentParserFactory(new PythonInlineHtml());
        options.progressBars().ifPresent(bars -> builder.linkProcessor(ProgressBarSyntax.processor(bars)));
        if (options.blocks()) {
            builder.customBlockParserFactory(new BlockFenceSyntax.Factory());
        }
        if (options.autorefs()) {
            builder.linkProcessor(new AutoRefSyntax());
        }
        options.apiReferences().ifPresent(plugin -> builder.customBlockParserFactory(new ApiReferenceSyntax.Factory(plugin)));
        // Lists are Python-Markdown's (PythonListSyntax), never CommonMark's. The core parsers are tried in the set's
        // order, which must be commonmark's own: a setext underline before a thematic break.
        Set<Class<? extends Block>> types = new LinkedHashSet<>(List.of(BlockQuote.class, Heading.class,
                FencedCodeBlock.class, HtmlBlock.class, ThematicBreak.class));
        if (options.indentedCode()) {
            types.add(IndentedCodeBlock.class);
        }
        builder.enabledBlockTypes(types);
        return builder;
    }

    private static Parser.Builder builder(boolean saneLists, boolean saneHeaders, Optional<FancyLists> fancyLists) {
        Parser.Builder builder = Parser.builder().extensions(List.of(TablesExtension.create()));
        if (!saneHeaders) {
            builder.customBlockParserFactory(new TightHeadingSyntax.Factory());
        }
        return builder
            .customBlockParserFactory(new PythonListSyntax.Factory(saneLists, fancyLists))
            .customBlockParserFactory(new SetextUnderlineSyntax.Factory())
            .customBlockParserFactory(new AdmonitionSyntax.Factory())
            .customBlockParserFactory(new TabSyntax.Factory())
            .customBlockParserFactory(new FootnoteSyntax.Factory())
            .customBlockParserFactory(new AbbreviationSyntax.Factory())
            .customBlockParserFactory(new HtmlContainerSyntax.Factory())
            .customBlockParserFactory(new RawHtmlSyntax.Factory())
            .customBlockParserFactory(new DefinitionListSyntax.Factory())
            .linkProcessor(new LooseLinkSyntax())
            .customInlineContentParserFactory(InlineTokenSyntax.numericEntities())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(MAX_NESTING)
            .maxInlineNesting(MAX_NESTING);
    }

    private MarkdownSyntax() {
    }

    static Node parse(String markdown) {
        return parse(markdown, Options.DEFAULT);
    }

    /**
     * A piece of text found inside a line of the page (a title, the text after an end tag), parsed on its own: every
     * node is placed at {@code anchor}, that line, so that diagnostics point there; without an anchor, nowhere.
     */
    static Node parseAt(String markdown, Options options, SourceSpan anchor) {
        Node root = parse(markdown, options);
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(root);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            node.setSourceSpans(anchor == null ? List.of()
                    : List.of(SourceSpan.of(anchor.getLineIndex(), anchor.getColumnIndex(), anchor.getInputIndex(), 0)));
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
            }
        }
        return root;
    }

    static Node parse(String markdown, Options options) {
        String text = options.fancyLists().map(fancy -> fancy.protect(markdown)).orElse(markdown);
        Node root = PARSERS.computeIfAbsent(options, o -> builder(o).build()).parse(text);
        if (text != markdown) {
            restoreLetters(root);
        }
        PythonEmphasis.rewrite(root, options.inline().emphasis());
        return root;
    }

    /** The letters {@link FancyLists#protect} moved, back in every text the parse kept. */
    private static void restoreLetters(Node root) {
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(root);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node instanceof org.commonmark.node.Text text) {
                text.setLiteral(FancyLists.restore(text.getLiteral()));
            } else if (node instanceof org.commonmark.node.Code code) {
                code.setLiteral(FancyLists.restore(code.getLiteral()));
            } else if (node instanceof FencedCodeBlock code) {
                code.setLiteral(FancyLists.restore(code.getLiteral()));
            } else if (node instanceof IndentedCodeBlock code) {
                code.setLiteral(FancyLists.restore(code.getLiteral()));
            } else if (node instanceof org.commonmark.node.HtmlBlock html) {
                html.setLiteral(FancyLists.restore(html.getLiteral()));
            } else if (node instanceof org.commonmark.node.HtmlInline html) {
                html.setLiteral(FancyLists.restore(html.getLiteral()));
            } else if (node instanceof CriticAndMathSyntax.MathBlock math) {
                String tex = FancyLists.restore(math.tex.toString());
                math.tex.setLength(0);
                math.tex.append(tex);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
            }
        }
    }
}
