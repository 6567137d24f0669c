package dev.folio.parser.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The site-wide settings of the Markdown dialect a page is read with: where snippets come from, the files
 * appended to every page of its language (their abbreviations apart), the emoji index (none: shortcodes are text), the icon sets known besides the built-in ones, the
 * {@code ///} block types it enables, whether inline code may name its language ({@link InlineHilite}), the
 * custom fences, pymdownx.tabbed's tab ids, smarty's substitutions, smart symbols, wikilinks, magiclink, pymdownx.keys' key names, the parser's options ({@link MarkdownSyntax.Options}), how headings get their levels and ids (toc's {@code baselevel}, {@code slugify} and {@code separator}).
 * Immutable.
 */
record Dialect(Snippets snippets, List<Snippets.Found> appended, Abbreviations abbreviations,
        Optional<EmojiIndex> emoji, Set<String> iconSets, BlockTypes blocks, InlineHilite inlineHilite, SuperFences superFences, HeadingIds.TocOptions tocOptions,
        MarkdownSyntax.Options syntax, Optional<Smarty> smarty, Optional<WikiLinks> wikiLinks,
        Optional<MagicLink> magicLink, KeyMap keyMap, Optional<SmartSymbols> smartSymbols,
        BlockTypes.Tabs tabbed) {
    static final Set<String> BUILT_IN_ICON_SETS = Set.of("material", "octicons", "simple", "fontawesome");
    static final Dialect DEFAULT = new Dialect(Snippets.NONE, Abbreviations.NONE, BUILT_IN_ICON_SETS);

    Dialect {
        appended = List.copyOf(appended);
        iconSets = Set.copyOf(iconSets);
    }

    Dialect(Snippets snippets, Abbreviations abbreviations, Set<String> iconSets) {
        this(snippets, List.of(), abbreviations, Optional.of(EmojiIndex.MATERIAL), iconSets, BlockTypes.NONE, InlineHilite.NONE, SuperFences.NONE,
                HeadingIds.TocOptions.DEFAULT, MarkdownSyntax.Options.DEFAULT,
                Optional.empty(), Optional.empty(), Optional.empty(), KeyMap.DEFAULT, Optional.empty(),
                BlockTypes.Tabs.DEFAULT);
    }
}
