package dev.folio.parser.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.folio.model.Diagnostic;
import dev.folio.model.ProjectRoot;
import dev.folio.model.SourcePosition;

/**
 * The dialect settings {@code mkdocs.yml} gives: {@code pymdownx.snippets} (base paths, options, auto-appended
 * files) and {@code pymdownx.emoji} custom icon folders. An auto-appended file named for the primary
 * language ({@code abbreviations.en.txt}) is taken in each language's version when there is one
 * ({@code abbreviations.he.txt}), as Privacy Guides' per-language builds do.
 */
final class DialectSettings {
    private final String primary;
    private final Snippets snippets;
    private final List<String> autoAppend;
    private final Map<String, String> glossary;
    private final Optional<EmojiIndex> emoji;
    private final Set<String> iconSets;
    private final BlockTypes blocks;
    private final InlineHilite inlineHilite;
    private final SuperFences superFences;
    private final HeadingIds.TocOptions tocOptions;
    private final MarkdownSyntax.Options syntax;
    private final Optional<Smarty> smarty;
    private final Optional<WikiLinks> wikiLinks;
    private final Optional<MagicLink> magicLink;
    private final KeyMap keyMap;
    private final Optional<SmartSymbols> smartSymbols;
    private final BlockTypes.Tabs tabbed;

    DialectSettings(Path root, ProjectRoot project, MkDocsConfig config, String primary) {
        this.primary = primary;
        Map<String, Object> snippetConfig = config.extension("pymdownx.snippets");
        List<Path> bases = new ArrayList<>();
        strings(snippetConfig.get("base_path")).forEach(b -> bases.add(root.resolve(b)));
        if (bases.isEmpty()) {
            bases.add(root);
        }
        this.snippets = new Snippets(root, project, bases, options(snippetConfig));
        this.autoAppend = strings(snippetConfig.get("auto_append"));
        Map<String, String> terms = new LinkedHashMap<>();
        MkDocsConfig.asMap(config.extension("abbr").get("glossary"))
                .forEach((term, title) -> terms.put(term.strip(), title == null ? "" : String.valueOf(title)));
        this.glossary = java.util.Collections.unmodifiableMap(terms);
        this.emoji = EmojiIndex.of(config);
        this.iconSets = iconSets(root, config);
        this.blocks = BlockTypes.of(config);
        this.inlineHilite = InlineHilite.of(config);
        this.superFences = SuperFences.of(config);
        this.tocOptions = HeadingIds.TocOptions.of(config);
        this.syntax = new MarkdownSyntax.Options(blocks.enabled(), superFences.indentedCode(),
                PythonEscapeSyntax.escapes(config), config.hasExtension("sane_lists"),
                ProgressBarSyntax.Options.of(config), config.hasExtension("nl2br"),
                config.hasExtension("codehilite") && !config.hasExtension("pymdownx.highlight"),
                InlineExtensions.of(config), config.hasExtension("pymdownx.saneheaders"), FancyLists.of(config),
                ApiReferenceSyntax.plugin(config), AutoRefSyntax.enabled(config));
        this.smarty = Smarty.of(config);
        this.wikiLinks = WikiLinks.of(config);
        this.magicLink = MagicLink.of(config);
        this.keyMap = KeyMap.of(config);
        this.smartSymbols = SmartSymbols.of(config);
        this.tabbed = BlockTypes.Tabs.of(config.extension("pymdownx.tabbed"));
    }

    /** The dialect of one language's pages; problems with appended files go to {@code diagnostics} once. */
    Dialect forLanguage(String language, List<Diagnostic> diagnostics) {
        // abbr's glossary first: appended files, then a page's own definitions, take precedence over it.
        Map<String, String> abbreviations = new LinkedHashMap<>(glossary);
        List<Snippets.Found> appended = new ArrayList<>();
        for (String path : autoAppend) {
            Optional<String> refused = snippets.refusal(path);
            if (refused.isPresent()) {
                diagnostics.add(Diagnostic.warning("snippet-refused", "auto_append " + refused.get(),
                        SourcePosition.of("mkdocs.yml", 0, 0)));
                continue;
            }
            Optional<Snippets.Found> found = localised(path, language).flatMap(snippets::find)
                    .or(() -> snippets.find(path));
            if (found.isEmpty()) {
                Optional<String> escape = snippets.escape(path);
                diagnostics.add(Diagnostic.warning(escape.isPresent() ? "snippet-refused" : "snippet-missing",
                        "auto_append " + escape.orElse("file not found: " + path), SourcePosition.of("mkdocs.yml", 0, 0)));
                continue;
            }
            AbbreviationFile file = AbbreviationFile.parse(found.get().lines(), found.get().shownName());
            abbreviations.putAll(file.definitions());
            diagnostics.addAll(file.diagnostics());
            if (!file.markdown().isEmpty()) {
                appended.add(new Snippets.Found(file.markdown(), found.get().shownName(), found.get().file()));
            }
        }
        return new Dialect(snippets, appended, new Abbreviations(abbreviations), emoji, iconSets, blocks, inlineHilite, superFences,
                tocOptions, syntax, smarty, wikiLinks, magicLink, keyMap, smartSymbols, tabbed);
    }

    private static Snippets.Options options(Map<String, Object> config) {
        Charset encoding = StandardCharsets.UTF_8;
        Object named = config.get("encoding");
        if (named != null) {
            try {
                encoding = Charset.forName(String.valueOf(named));
            } catch (IllegalArgumentException e) {
                // An encoding Java does not know: the files are read as UTF-8 (Compatibility names the option).
            }
        }
        return new Snippets.Options(flag(config.get("check_paths"), false), flag(config.get("dedent_subsections"), false),
                flag(config.get("restrict_base_path"), true), encoding);
    }

    private static boolean flag(Object value, boolean otherwise) {
        return value instanceof Boolean b ? b : value == null ? otherwise : Boolean.parseBoolean(String.valueOf(value));
    }

    private Optional<String> localised(String path, String language) {
        String marker = "." + primary + ".";
        int at = path.lastIndexOf(marker);
        if (at < 0 || language.equals(primary)) {
            return Optional.empty();
        }
        return Optional.of(path.substring(0, at) + "." + language + "." + path.substring(at + marker.length()));
    }

    private static Set<String> iconSets(Path root, MkDocsConfig config) {
        Set<String> sets = new HashSet<>(Dialect.BUILT_IN_ICON_SETS);
        Map<String, Object> options = MkDocsConfig.asMap(config.extension("pymdownx.emoji").get("options"));
        for (String folder : strings(options.get("custom_icons"))) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> children = Files.list(dir)) {
                    children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).forEach(sets::add);
                } catch (IOException e) {
                    // An unreadable icon folder only means fewer known sets.
                }
            }
        }
        return sets;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null).forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }

}
