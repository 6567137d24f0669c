package dev.folio.parser.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Inline;

/**
 * The {@code ///} block types a site enables, by name, each from its entry in {@code markdown_extensions}
 * ({@code pymdownx.blocks.admonition}, {@code .details}, {@code .tab}, {@code .html}, {@code .caption},
 * {@code .definition}) with its options. With none,
 * the block syntax is off and {@code ///} lines are text, as Python-Markdown leaves them.
 */
record BlockTypes(Map<String, BlockType> byName, boolean enabled, Captions captions, Tabs tabs) {
    static final BlockTypes NONE = new BlockTypes(Map.of(), false, Captions.DEFAULT, Tabs.DEFAULT);
    private static final String PREFIX = "pymdownx.blocks.";
    /** pymdownx.blocks.admonition's default {@code types}. */
    private static final List<String> ADMONITION_TYPES = List.of("note", "attention", "caution", "danger", "error",
            "tip", "hint", "warning");

    /** What a block of a type becomes. */
    enum Kind { ADMONITION, DETAILS, TAB, HTML, CAPTION, DEFINITION }

    /**
     * @param cssClass     the class a named type attaches ({@code note}); empty for the generic {@code admonition} and
     *                     {@code details}, whose {@code type} option gives it
     * @param defaultTitle the title when the header gives none; empty: derived from the class; for a caption type,
     *                     its numbered prefix template ({@code Figure {}.}), empty for none
     */
    record BlockType(String name, Kind kind, String cssClass, Optional<String> defaultTitle) {
    }

    /**
     * pymdownx.blocks.tab's options for the tabs' ids: with a {@code slugify} function, each tab's id is the slug of
     * its label (after the slug of the heading above the tab set with {@code combine_header_slug}), else
     * {@code __tabbed_<set>_<tab>}.
     */
    record Tabs(Optional<Slugify> slugify, boolean combineHeaderSlug, String separator) {
        static final Tabs DEFAULT = new Tabs(Optional.empty(), false, "-");

        /** The options of {@code pymdownx.tabbed} or {@code pymdownx.blocks.tab}, which name them alike. */
        static Tabs of(Map<String, Object> options) {
            Object separator = options.get("separator");
            return new Tabs(Slugify.of(options.get("slugify")), Boolean.TRUE.equals(options.get("combine_header_slug")),
                    separator instanceof String text ? text : "-");
        }

        /**
         * A tab's attributes: with a slugify function, the slug of its label (after {@code headerId} under
         * {@code combine_header_slug}) as its id, unique on the page; the renderer gives it to the radio button
         * instead of {@code __tabbed_<set>_<tab>}.
         */
        Attributes attributes(Attributes attributes, List<Inline> label, String headerId, PageContext page) {
            if (slugify.isEmpty()) {
                return attributes;
            }
            String slug = slugify.get().slug(dev.folio.model.doc.Traversal.plainText(label), separator);
            if (combineHeaderSlug && !headerId.isEmpty()) {
                slug = headerId + separator + slug;
            }
            return attributes.withId(page.headingIds().unique(slug));
        }
    }

    /** pymdownx.blocks.caption's global options. */
    record Captions(boolean prepend, boolean auto, int autoLevel) {
        static final Captions DEFAULT = new Captions(false, true, 0);
    }

    BlockTypes {
        byName = Map.copyOf(byName);
    }

    Optional<BlockType> type(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The types of the site's {@code markdown_extensions}; unknown block extensions only switch the syntax on. */
    static BlockTypes of(MkDocsConfig config) {
        Map<String, Object> extensions = config.extensions();
        // pymdownx.fancylists is a blocks extension too: its `/// fancylists` block needs the syntax.
        boolean enabled = extensions.keySet().stream().anyMatch(name -> name.startsWith(PREFIX))
                || extensions.containsKey("pymdownx.fancylists");
        if (!enabled) {
            return NONE;
        }
        Map<String, BlockType> types = new LinkedHashMap<>();
        if (extensions.containsKey(PREFIX + "admonition")) {
            types.put("admonition", new BlockType("admonition", Kind.ADMONITION, "", Optional.empty()));
            Object configured = MkDocsConfig.asMap(extensions.get(PREFIX + "admonition")).get("types");
            named(configured == null ? ADMONITION_TYPES : configured, Kind.ADMONITION, types);
        }
        if (extensions.containsKey(PREFIX + "details")) {
            types.put("details", new BlockType("details", Kind.DETAILS, "", Optional.empty()));
            named(MkDocsConfig.asMap(extensions.get(PREFIX + "details")).get("types"), Kind.DETAILS, types);
        }
        Tabs tabs = Tabs.DEFAULT;
        if (extensions.containsKey(PREFIX + "tab")) {
            types.put("tab", new BlockType("tab", Kind.TAB, "", Optional.empty()));
            tabs = Tabs.of(MkDocsConfig.asMap(extensions.get(PREFIX + "tab")));
        }
        if (extensions.containsKey(PREFIX + "html")) {
            types.put("html", new BlockType("html", Kind.HTML, "", Optional.empty()));
        }
        if (extensions.containsKey(PREFIX + "definition")) {
            types.put("define", new BlockType("define", Kind.DEFINITION, "", Optional.empty()));
        }
        Captions captions = Captions.DEFAULT;
        if (extensions.containsKey(PREFIX + "caption")) {
            Map<String, Object> options = MkDocsConfig.asMap(extensions.get(PREFIX + "caption"));
            Object configured = options.get("types");
            if (!(configured instanceof List<?>)) {
                configured = List.of("caption", Map.of("name", "figure-caption", "prefix", "Figure {}."),
                        Map.of("name", "table-caption", "prefix", "Table {}."));
            }
            for (Object entry : (List<?>) configured) {
                if (entry instanceof Map<?, ?> map && map.get("name") != null) {
                    String name = String.valueOf(map.get("name")).toLowerCase(java.util.Locale.ROOT);
                    Object prefix = map.get("prefix");
                    Object classes = map.get("classes");
                    types.put(name, new BlockType(name, Kind.CAPTION, classes == null ? "" : String.valueOf(classes),
                            Optional.ofNullable(prefix).map(String::valueOf).filter(p -> !p.isEmpty())));
                } else if (entry != null && !(entry instanceof Map<?, ?>)) {
                    String name = String.valueOf(entry).toLowerCase(java.util.Locale.ROOT);
                    types.put(name, new BlockType(name, Kind.CAPTION, "", Optional.empty()));
                }
            }
            Object level = options.get("auto_level");
            captions = new Captions(Boolean.TRUE.equals(options.get("prepend")),
                    !Boolean.FALSE.equals(options.get("auto")),
                    level instanceof Number number ? Math.max(0, number.intValue()) : 0);
        }
        return new BlockTypes(types, true, captions, tabs);
    }

    /** {@code types}: names ({@code note}), or {@code {name, class, title}} maps (pymdownx 10.5). */
    private static void named(Object list, Kind kind, Map<String, BlockType> into) {
        if (!(list instanceof List<?> entries)) {
            return;
        }
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> map && map.get("name") != null) {
                String name = String.valueOf(map.get("name")).toLowerCase(java.util.Locale.ROOT);
                Object cssClass = map.get("class");
                Object title = map.get("title");
                into.put(name, new BlockType(name, kind, cssClass == null ? name : String.valueOf(cssClass),
                        Optional.ofNullable(title).map(String::valueOf)));
            } else if (entry != null && !(entry instanceof Map<?, ?>)) {
                String name = String.valueOf(entry).toLowerCase(java.util.Locale.ROOT);
                into.put(name, new BlockType(name, kind, name, Optional.empty()));
            }
        }
    }
}
