package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.folio.model.Diagnostic;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePosition;

/**
 * What in {@code mkdocs.yml} Folio does not honour, entry by entry, at its line and column: settings, theme settings
 * and features, plugins and Markdown extensions with their options. Every key of MkDocs 1.6's configuration and of
 * Material 9's {@code theme} is here either honoured or named with what readers miss; anything else is reported as
 * unknown. One note ({@link dev.folio.model.Severity#INFO}) per entry, so that a build lists them only when asked.
 */
final class Compatibility {
    static final String SETTING = "unhonoured-setting";
    static final String THEME = "unhonoured-theme-setting";
    static final String FEATURE = "unhonoured-feature";
    static final String PLUGIN = "unhonoured-plugin";
    static final String EXTENSION = "unhonoured-extension";
    static final String OPTION = "unhonoured-option";

    private static final Set<String> HONOURED_SETTINGS = Set.of("site_name", "site_url", "site_description",
            "copyright", "nav", "docs_dir", "site_dir", "use_directory_urls", "repo_url", "repo_name", "extra_css",
            "extra_javascript", "markdown_extensions", "extra", "plugins", "theme", "exclude_docs", "draft_docs",
            "not_in_nav", "validation", "INHERIT");
    private static final Map<String, String> UNHONOURED_SETTINGS = Map.ofEntries(
            Map.entry("site_author", "no author meta tag is written"),
            Map.entry("edit_uri", "pages show no edit button"),
            Map.entry("edit_uri_template", "pages show no edit button"),
            Map.entry("extra_templates", "extra templates are not rendered"),
            Map.entry("hooks", "Python hooks are not run: what they add or change is missing"),
            Map.entry("watch", "folio:serve watches the docs folder and the configuration only"),
            Map.entry("dev_addr", "folio:serve listens where -Dfolio.host and -Dfolio.port say"),
            Map.entry("strict", "warnings fail the build with -Dfolio.failOnWarning=true instead"),
            Map.entry("google_analytics", "no analytics script is written"),
            Map.entry("mdx_configs", "a setting of MkDocs 0.x, not read"),
            Map.entry("pages", "a setting of MkDocs 0.x, not read (nav replaced it)"),
            Map.entry("remote_branch", "Folio does not deploy (gh-deploy)"),
            Map.entry("remote_name", "Folio does not deploy (gh-deploy)"));

    private static final Set<String> HONOURED_THEME = Set.of("name", "custom_dir", "language", "features", "palette",
            "icon", "logo", "favicon");
    private static final Map<String, String> UNHONOURED_THEME = Map.of(
            "font", "Folio's own fonts are used; no font is loaded from Google Fonts",
            "static_templates", "extra static templates are not rendered",
            "direction", "the direction comes from each language",
            "locale", "not read: the language comes from theme.language",
            "include_search_page", "a setting of Material 4, not read",
            "search_index_only", "a setting of Material 4, not read");
    private static final Set<String> HONOURED_ICONS = Set.of("logo", "repo");
    private static final Set<String> HONOURED_FEATURES = Set.of("navigation.tabs", "navigation.sections",
            "navigation.indexes", "navigation.footer", "content.code.annotate");
    /** Material 9.6's features, for the page that lists what is honoured; any other is reported too. */
    private static final List<String> MATERIAL_FEATURES = List.of("announce.dismiss", "content.action.edit",
            "content.action.view", "content.code.annotate", "content.code.copy", "content.code.select",
            "content.footnote.tooltips", "content.tabs.link", "content.tooltips", "header.autohide",
            "navigation.expand", "navigation.footer", "navigation.indexes", "navigation.instant",
            "navigation.instant.prefetch", "navigation.instant.preview", "navigation.instant.progress",
            "navigation.path", "navigation.prune", "navigation.sections", "navigation.tabs", "navigation.tabs.sticky",
            "navigation.top", "navigation.tracking", "search.highlight", "search.share", "search.suggest",
            "toc.follow", "toc.integrate");

    /** Material's settings in {@code extra} Folio does not read; any other key of {@code extra} is the templates'. */
    private static final Map<String, String> UNHONOURED_EXTRA = Map.of(
            "analytics", "no analytics script is written",
            "consent", "no cookie consent is asked",
            "version", "no version selector is shown",
            "homepage", "the logo links to the site's home page",
            "status", "no page status icons are shown",
            "tags", "no tag icons are shown");

    /** Plugins Folio does as the plugin does, or that change nothing in what Folio writes. */
    private static final Set<String> HONOURED_PLUGINS = Set.of("search", "i18n", "redirects", "social", "offline",
            "privacy", "minify", "group", "autorefs", "macros");
    /** The options Folio reads of the plugins it honours; those not here change nothing in what Folio writes. */
    private static final Map<String, Set<String>> HONOURED_PLUGIN_OPTIONS = Map.of(
            "search", Set.of(),
            "i18n", Set.of("docs_structure", "languages", "fallback_to_default", "reconfigure_material",
                    "reconfigure_search"),
            "redirects", Set.of("redirect_maps"),
            "social", Set.of("enabled", "cards"),
            "autorefs", Set.of("resolve_closest"),
            "macros", Set.of("render_by_default", "force_render_paths", "on_undefined", "include_dir", "j2_block_start_string",
                    "j2_block_end_string", "j2_variable_start_string", "j2_variable_end_string",
                    "j2_comment_start_string", "j2_comment_end_string"));
    private static final Map<String, String> KNOWN_PLUGINS = Map.ofEntries(
            Map.entry("blog", "blog posts are plain pages: no post list, archive, categories or feeds"),
            Map.entry("tags", "no tag list on pages and no tags index"),
            Map.entry("meta", ".meta.yml files are not read: their front matter is missing"),
            Map.entry("mkdocstrings", "runs Python: each ::: reference is a placeholder box naming the object"),
            Map.entry("gen-files", "runs Python: the pages and files it generates are missing"),
            Map.entry("literate-nav", "the navigation written in SUMMARY.md is not read"),
            Map.entry("awesome-pages", ".pages files are not read: the navigation follows the folders"),
            Map.entry("section-index", "sections do not link to their index page"),
            Map.entry("git-revision-date-localized", "no last-updated dates are shown"),
            Map.entry("git-committers", "no contributors are shown"),
            Map.entry("git-authors", "no authors are shown"),
            Map.entry("glightbox", "images do not open in a lightbox"),
            Map.entry("typeset", "navigation titles are plain text"),
            Map.entry("projects", "sub-projects are not built"),
            Map.entry("info", "does nothing in a build"),
            Map.entry("rss", "no RSS feeds are written"),
            Map.entry("exclude", "its patterns are not read (exclude_docs is)"),
            Map.entry("mkdocs-jupyter", "notebooks are not rendered"),
            Map.entry("table-reader", "tables read from files are missing"),
            Map.entry("include-markdown", "{% include-markdown %} is shown as written"));

    /** Markdown extensions whose constructs Folio reads (always: the dialect is one), and their honoured options. */
    private static final Map<String, Set<String>> HONOURED_EXTENSIONS = Map.ofEntries(
            Map.entry("abbr", Set.of("glossary")), Map.entry("admonition", Set.of()), Map.entry("attr_list", Set.of()),
            Map.entry("def_list", Set.of()), Map.entry("fenced_code", Set.of()),
            Map.entry("footnotes", Set.of("BACKLINK_TEXT", "BACKLINK_TITLE", "SUPERSCRIPT_TEXT", "SEPARATOR",
                    "UNIQUE_IDS")),
            Map.entry("md_in_html", Set.of()), Map.entry("tables", Set.of()), Map.entry("extra", Set.of("abbr", "attr_list", "def_list", "fenced_code", "footnotes", "md_in_html",
                    "tables")),
            Map.entry("pymdownx.extra", Set.of("pymdownx.betterem", "pymdownx.superfences", "footnotes", "attr_list",
                    "def_list", "tables", "abbr", "md_in_html")),
            Map.entry("sane_lists", Set.of()), Map.entry("meta", Set.of()), Map.entry("nl2br", Set.of()),
            Map.entry("wikilinks", Set.of("base_url", "end_url", "html_class")),
            Map.entry("codehilite", Set.of("css_class", "linenums", "use_pygments", "lang_prefix")),
            Map.entry("smarty", Set.of("smart_quotes", "smart_angled_quotes", "smart_dashes", "smart_ellipses",
                    "substitutions")),
            Map.entry("toc", Set.of("permalink", "permalink_title", "permalink_class", "toc_depth", "slugify", "separator",
                    "anchorlink", "anchorlink_class", "baselevel", "title")),
            Map.entry("pymdownx.details", Set.of()),
            Map.entry("pymdownx.blocks.admonition", Set.of("types")),
            Map.entry("pymdownx.blocks.details", Set.of("types")),
            Map.entry("pymdownx.blocks.tab", Set.of("alternate_style", "slugify", "combine_header_slug", "separator")),
            Map.entry("pymdownx.blocks.html", Set.of()),
            Map.entry("pymdownx.blocks.caption", Set.of("types", "prepend", "auto", "auto_level")),
            Map.entry("pymdownx.blocks.definition", Set.of()),
            Map.entry("pymdownx.superfences", Set.of("custom_fences", "preserve_tabs", "disable_indented_code_blocks")),
            Map.entry("pymdownx.tabbed", Set.of("alternate_style", "slugify", "combine_header_slug", "separator")),
            Map.entry("pymdownx.inlinehilite", Set.of("custom_inline", "style_plain_text", "css_class")),
            Map.entry("pymdownx.highlight", Set.of("use_pygments", "css_class", "pygments_lang_class", "language_prefix",
                    "linenums", "linenums_style", "linenums_special", "line_spans", "line_anchors", "anchor_linenums",
                    "auto_title", "auto_title_map", "extend_pygments_lang", "stripnl")),
            Map.entry("pymdownx.snippets", Set.of("base_path", "auto_append", "check_paths", "dedent_subsections",
                    "restrict_base_path", "encoding")),
            Map.entry("pymdownx.emoji", Set.of("emoji_index", "emoji_generator", "options", "title", "alt",
                    "remove_variation_selector")),
            Map.entry("pymdownx.escapeall", Set.of("hardbreak", "nbsp")), Map.entry("pymdownx.saneheaders", Set.of()),
            Map.entry("pymdownx.striphtml", Set.of("strip_comments", "strip_js_on_attributes", "strip_attributes")),
            Map.entry("pymdownx.b64", Set.of()),
            Map.entry("pymdownx.pathconverter", Set.of("base_path", "relative_path", "absolute", "tags")),
            Map.entry("pymdownx.fancylists", Set.of("additional_ordered_styles", "inject_style", "inject_class")),
            Map.entry("pymdownx.smartsymbols", Set.of("trademark", "copyright", "registered", "plusminus", "arrows",
                    "notequal", "fractions", "ordinal_numbers", "care_of")),
            Map.entry("pymdownx.magiclink", Set.of("hide_protocol", "repo_url_shortener", "social_url_shortener",
                    "repo_url_shorthand", "social_url_shorthand", "provider", "user", "repo", "normalize_issue_symbols",
                    "labels")),
            Map.entry("pymdownx.keys", Set.of("separator", "strict", "class", "camel_case", "key_map")), Map.entry("pymdownx.mark", Set.of("smart_mark")),
            Map.entry("pymdownx.tilde", Set.of("smart_delete", "delete", "subscript")), Map.entry("pymdownx.caret", Set.of("smart_insert", "insert", "superscript")),
            Map.entry("pymdownx.critic", Set.of("mode")), Map.entry("pymdownx.arithmatex", Set.of("generic", "preview", "block_tag", "inline_tag",
                    "tex_inline_wrap", "tex_block_wrap")),
            Map.entry("pymdownx.tasklist", Set.of("custom_checkbox", "clickable_checkbox")),
            Map.entry("pymdownx.progressbar", Set.of("level_class", "progress_increment", "add_classes")), Map.entry("pymdownx.betterem", Set.of("smart_enable")));

    private Compatibility() {
    }

    /** The notes for the configuration {@code config}, read from {@code text} (for positions), shown as {@code file}. */
    static List<Diagnostic> of(MkDocsConfig config, String text, String file) {
        Map<String, int[]> positions = SafeYaml.get().positions(text);
        List<Diagnostic> notes = new ArrayList<>();
        Map<String, Object> raw = config.raw();
        for (String key : raw.keySet()) {
            if (HONOURED_SETTINGS.contains(key)) {
                continue;
            }
            String why = UNHONOURED_SETTINGS.getOrDefault(key, "not a setting of MkDocs 1.6; not read");
            notes.add(note(SETTING, "setting " + key + " is not honoured: " + why, key, positions, file));
        }
        Map<String, Object> theme = MkDocsConfig.asMap(raw.get("theme"));
        for (String key : theme.keySet()) {
            String path = "theme/" + key;
            if (key.equals("name") && !"material".equals(String.valueOf(theme.get("name")))) {
                notes.add(note(THEME, "theme " + theme.get("name") + " is not honoured: pages get Material's look",
                        path, positions, file));
            } else if (key.equals("icon")) {
                for (String icon : MkDocsConfig.asMap(theme.get("icon")).keySet()) {
                    if (!HONOURED_ICONS.contains(icon)) {
                        notes.add(note(THEME, "theme.icon." + icon + " is not honoured: Material's default icon is"
                                + " shown", path + "/" + icon, positions, file));
                    }
                }
            } else if (key.equals("features") && theme.get("features") instanceof List<?> features) {
                for (Object feature : features) {
                    String name = String.valueOf(feature);
                    if (!HONOURED_FEATURES.contains(name)) {
                        notes.add(note(FEATURE, "theme feature " + name + " is not honoured", path + "/" + name,
                                positions, file));
                    }
                }
            } else if (!HONOURED_THEME.contains(key)) {
                notes.add(note(THEME, "theme." + key + " is not honoured: "
                        + UNHONOURED_THEME.getOrDefault(key, "not a setting of Material 9; not read"), path, positions,
                        file));
            }
        }
        for (String key : MkDocsConfig.asMap(raw.get("extra")).keySet()) {
            if (UNHONOURED_EXTRA.containsKey(key)) {
                notes.add(note(SETTING, "extra." + key + " is not honoured: " + UNHONOURED_EXTRA.get(key), "extra/" + key,
                        positions, file));
            }
        }
        SiteConfig.plugins(raw.get("plugins")).forEach((name, settings) -> {
            if (HONOURED_PLUGINS.contains(name)) {
                Set<String> options = HONOURED_PLUGIN_OPTIONS.get(name);
                if (options != null) {
                    for (String option : MkDocsConfig.asMap(settings).keySet()) {
                        if (!options.contains(option)) {
                            notes.add(note(OPTION, "option " + option + " of plugin " + name + " is not honoured",
                                    "plugins/" + name + "/" + option, positions, file));
                        }
                    }
                }
                return;
            }
            String why = KNOWN_PLUGINS.getOrDefault(name, "unknown to Folio; what it adds is missing");
            notes.add(note(PLUGIN, "plugin " + name + " is not run: " + why, "plugins/" + name, positions, file));
        });
        config.extensions().forEach((name, options) -> {
            String path = "markdown_extensions/" + name;
            Set<String> honoured = HONOURED_EXTENSIONS.get(name.startsWith("markdown.extensions.")
                    ? name.substring("markdown.extensions.".length()) : name);
            if (name.equals("mkautodoc")) {
                notes.add(note(EXTENSION, "Markdown extension mkautodoc is not run (Python): each ::: reference is a"
                        + " placeholder box naming the object", path, positions, file));
                return;
            }
            if (honoured == null) {
                notes.add(note(EXTENSION, "Markdown extension " + name + " is not honoured: its syntax is shown as"
                        + " written", path, positions, file));
                return;
            }
            for (String option : MkDocsConfig.asMap(options).keySet()) {
                if (!honoured.contains(option)) {
                    notes.add(note(OPTION, "option " + option + " of " + name + " is not honoured", path + "/" + option,
                            positions, file));
                }
            }
        });
        return notes;
    }

    /**
     * Settings Folio refuses on purpose, one warning each with every build: pymdownx.snippets' {@code url_download}
     * (a build reads nothing from the network).
     */
    static List<Diagnostic> refusals(MkDocsConfig config, String text, String file) {
        List<Diagnostic> refusals = new ArrayList<>();
        config.extensions().forEach((name, options) -> {
            if (MkDocsConfig.shortName(name).equals("pymdownx.snippets")
                    && Boolean.TRUE.equals(MkDocsConfig.asMap(options).get("url_download"))) {
                Map<String, int[]> positions = SafeYaml.get().positions(text);
                int[] at = positions.getOrDefault("markdown_extensions/" + name + "/url_download", new int[] {1, 1});
                refusals.add(Diagnostic.warning(OPTION, "url_download of " + name + " is refused: Folio reads no"
                        + " network at build time, so includes of URLs are left out", SourcePosition.of(file, at[0], at[1])));
            }
        });
        return refusals;
    }

    /**
     * How many pages of the site show placeholders for what a plugin Folio does not run would have generated there:
     * one note per plugin, at its entry in the configuration.
     */
    static List<Diagnostic> placeholders(java.util.Collection<dev.folio.model.Page> pages, String text, String file) {
        Map<String, java.util.TreeSet<String>> byPlugin = new java.util.TreeMap<>();
        for (dev.folio.model.Page page : pages) {
            dev.folio.model.doc.Traversal.nodes(page.document())
                    .filter(dev.folio.model.doc.ApiReference.class::isInstance)
                    .map(node -> ((dev.folio.model.doc.ApiReference) node).plugin())
                    .forEach(plugin -> byPlugin.computeIfAbsent(plugin, p -> new java.util.TreeSet<>())
                            .add(page.language() + ":" + page.sourcePath()));
        }
        if (byPlugin.isEmpty()) {
            return List.of();
        }
        Map<String, int[]> positions = text == null ? Map.of() : SafeYaml.get().positions(text);
        List<Diagnostic> notes = new ArrayList<>();
        byPlugin.forEach((plugin, affected) -> notes.add(note(PLUGIN, plugin + " is not run: " + affected.size()
                + (affected.size() == 1 ? " page shows" : " pages show") + " placeholders for the API references it"
                + " would generate", plugin.equals("mkautodoc") ? "markdown_extensions/mkautodoc" : "plugins/" + plugin,
                positions, file)));
        return notes;
    }

    /**
     * The tables of what Folio honours and what it does not, as Markdown: the body of the "Coming from MkDocs"
     * page, generated from these lists so that it cannot drift from what {@link #of} reports.
     */
    static String tables() {
        StringBuilder md = new StringBuilder();
        md.append("## Settings\n\n| Setting | Honoured | What to know |\n|:--|:--|:--|\n");
        new java.util.TreeSet<>(HONOURED_SETTINGS).forEach(key -> row(md, "`" + key + "`", true, ""));
        new java.util.TreeMap<>(UNHONOURED_SETTINGS).forEach((key, why) -> row(md, "`" + key + "`", false, why));
        new java.util.TreeMap<>(UNHONOURED_EXTRA).forEach((key, why) -> row(md, "`extra." + key + "`", false, why));
        md.append("\nAny other setting is reported as unknown; other keys of `extra` are the templates' own.\n");

        md.append("\n## Theme settings\n\n| Setting | Honoured | What to know |\n|:--|:--|:--|\n");
        new java.util.TreeSet<>(HONOURED_THEME).forEach(key -> row(md, "`theme." + key + "`", true,
                key.equals("name") ? "`material`: any other theme gets Material's look, and is reported"
                        : key.equals("icon") ? "`logo` and `repo`; any other icon is reported" : ""));
        new java.util.TreeMap<>(UNHONOURED_THEME).forEach((key, why) -> row(md, "`theme." + key + "`", false, why));

        md.append("\n## Theme features\n\n| Feature | Honoured |\n|:--|:--|\n");
        MATERIAL_FEATURES.forEach(feature -> md.append("| `").append(feature).append("` | ")
                .append(HONOURED_FEATURES.contains(feature) ? "yes" : "no").append(" |\n"));

        md.append("\n## Plugins\n\n| Plugin | Honoured | What readers miss |\n|:--|:--|:--|\n");
        new java.util.TreeSet<>(HONOURED_PLUGINS).forEach(name -> row(md, "`" + name + "`", true,
                !HONOURED_PLUGIN_OPTIONS.containsKey(name) ? "changes nothing in what Folio writes"
                        : HONOURED_PLUGIN_OPTIONS.get(name).isEmpty() ? "Folio's own search; options are not read"
                        : "options read: " + String.join(", ", new java.util.TreeSet<>(HONOURED_PLUGIN_OPTIONS.get(name))
                                .stream().map(o -> "`" + o + "`").toList())));
        new java.util.TreeMap<>(KNOWN_PLUGINS).forEach((name, why) -> row(md, "`" + name + "`", false, why));
        md.append("\nAny other plugin is reported: it is not run, and what it adds is missing.\n");

        md.append("\n## Markdown extensions\n\n| Extension | Options honoured |\n|:--|:--|\n");
        new java.util.TreeMap<>(HONOURED_EXTENSIONS).forEach((name, options) -> md.append("| `").append(name)
                .append("` | ").append(options.isEmpty() ? "none" : String.join(", ",
                        new java.util.TreeSet<>(options).stream().map(o -> "`" + o + "`").toList())).append(" |\n"));
        md.append("\nAny other extension is reported, its syntax shown as written; so is any other option of these.\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String name, boolean honoured, String note) {
        md.append("| ").append(name).append(" | ").append(honoured ? "yes" : "no").append(" | ").append(note)
                .append(" |\n");
    }

    private static Diagnostic note(String code, String message, String path, Map<String, int[]> positions, String file) {
        int[] at = positions.getOrDefault(path, new int[] {1, 1});
        return Diagnostic.info(code, message, SourcePosition.of(file, at[0], at[1]));
    }
}
