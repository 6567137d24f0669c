package dev.folio.render.html.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site's {@code pymdownx.highlight} options that shape a code block's HTML: whether Pygments' token spans are
 * written ({@code use_pygments}) or the code is left for a JavaScript highlighter, the language class
 * ({@code pygments_lang_class}, {@code language_prefix}), line numbers ({@code linenums}, {@code linenums_style}:
 * {@code table}, {@code inline}, {@code pymdownx-inline}; {@code linenums_special}), a span and an anchor per line
 * ({@code line_spans}, {@code line_anchors}, {@code anchor_linenums}), titles from the language
 * ({@code auto_title}, {@code auto_title_map}), languages under other names ({@code extend_pygments_lang}) and
 * blank lines at a block's ends ({@code stripnl}); and
 * pymdownx.inlinehilite's {@code css_class} and {@code style_plain_text} for inline code.
 *
 * @param linenums empty: per fence ({@code linenums="1"}); true: every block; false: never, not even per fence
 */
record HighlightSettings(boolean usePygments, String cssClass, boolean langClass, String languagePrefix,
        Optional<Boolean> linenums, String linenumsStyle, int linenumsSpecial, String lineSpans, String lineAnchors,
        boolean anchorLinenums, boolean autoTitle, Map<String, String> autoTitleMap, Map<String, String> extendedLanguages,
        String inlineCssClass, Optional<String> plainInline, boolean stripNewlines, boolean classOnPlainPre) {

    /**
     * @param inlineCssClass inlinehilite's {@code css_class}; empty: the highlighter's
     * @param plainInline    inlinehilite's {@code style_plain_text}: empty when off; the language plain inline code
     *                       is taken for ({@code ""}: none, Pygments' text) when on
     * @param stripNewlines  {@code stripnl}: blank lines at a block's start and end are dropped, as Pygments drops them
     * @param classOnPlainPre without Pygments, whether the {@code <pre>} has the class (pymdownx.highlight) or not
     *                        (codehilite)
     */
    static final HighlightSettings DEFAULT = new HighlightSettings(true, "highlight", false, "language-",
            Optional.empty(), "table", -1, "", "", false, false, Map.of(), Map.of(), "", Optional.empty(), true, true);

    /** Pygments' names of the lexers Folio highlights, which {@code auto_title} shows. */
    private static final Map<String, String> LEXER_NAMES = lexerNames();

    static HighlightSettings of(Map<String, Object> config) {
        if (!MarkdownExtensions.enabled(config, "pymdownx.highlight")
                && MarkdownExtensions.enabled(config, "codehilite")) {
            return codehilite(MarkdownExtensions.options(config, "codehilite"));
        }
        Map<?, ?> options = MarkdownExtensions.options(config, "pymdownx.highlight");
        Map<?, ?> inline = MarkdownExtensions.options(config, "pymdownx.inlinehilite");
        Object plain = inline.get("style_plain_text");
        Map<String, String> titles = new HashMap<>();
        if (options.get("auto_title_map") instanceof Map<?, ?> map) {
            map.forEach((from, to) -> titles.put(String.valueOf(from), String.valueOf(to)));
        }
        Map<String, String> extended = new HashMap<>();
        if (options.get("extend_pygments_lang") instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map && map.get("name") != null && map.get("lang") != null) {
                    extended.put(String.valueOf(map.get("name")).toLowerCase(Locale.ROOT),
                            String.valueOf(map.get("lang")));
                }
            }
        }
        Object linenums = options.get("linenums");
        Object special = options.get("linenums_special");
        boolean anchors = Boolean.TRUE.equals(options.get("anchor_linenums"));
        String lineAnchors = text(options.get("line_anchors"), "");
        return new HighlightSettings(!Boolean.FALSE.equals(options.get("use_pygments")),
                text(options.get("css_class"), DEFAULT.cssClass()), Boolean.TRUE.equals(options.get("pygments_lang_class")),
                text(options.get("language_prefix"), DEFAULT.languagePrefix()),
                linenums instanceof Boolean flag ? Optional.of(flag) : Optional.empty(),
                text(options.get("linenums_style"), DEFAULT.linenumsStyle()).toLowerCase(Locale.ROOT),
                special instanceof Number number ? number.intValue() : -1,
                text(options.get("line_spans"), ""),
                // anchor_linenums without line_anchors assumes __codelineno, as pymdownx does.
                anchors && lineAnchors.isEmpty() ? "__codelineno" : lineAnchors,
                anchors, Boolean.TRUE.equals(options.get("auto_title")), Map.copyOf(titles), Map.copyOf(extended),
                text(inline.get("css_class"), ""),
                // style_plain_text: true styles plain inline code as code of no language; a name, as that language.
                plain instanceof String name && !name.isEmpty() ? Optional.of(name)
                        : Boolean.TRUE.equals(plain) ? Optional.of("") : Optional.empty(),
                !Boolean.FALSE.equals(options.get("stripnl")), true);
    }

    /**
     * Python-Markdown's codehilite, for a site that uses it instead of pymdownx.highlight: its {@code css_class}
     * ({@code codehilite}), {@code linenums}, {@code use_pygments} (then {@code <pre>} without a class, and the
     * language class with {@code lang_prefix}).
     */
    private static HighlightSettings codehilite(Map<?, ?> options) {
        Object linenums = options.get("linenums");
        return new HighlightSettings(!Boolean.FALSE.equals(options.get("use_pygments")),
                text(options.get("css_class"), "codehilite"), false, text(options.get("lang_prefix"), "language-"),
                linenums instanceof Boolean flag ? Optional.of(flag) : Optional.empty(), "table", -1, "", "", false,
                false, Map.of(), Map.of(), "", Optional.empty(), true, false);
    }

    /** The language whose lexer highlights a fence of this name: {@code extend_pygments_lang}'s, else the name. */
    String lexer(String language) {
        return extendedLanguages.getOrDefault(language.toLowerCase(Locale.ROOT), language);
    }

    /** The class of highlighted inline code: inlinehilite's {@code css_class}, else the highlighter's. */
    String inlineClass() {
        return inlineCssClass.isEmpty() ? cssClass : inlineCssClass;
    }

    /** The title {@code auto_title} gives a fence of this language, mapped by {@code auto_title_map}. */
    String autoTitle(String language) {
        String lexer = lexer(language).toLowerCase(Locale.ROOT);
        String name = LEXER_NAMES.getOrDefault(lexer, lexer.isEmpty() ? "Text Only" : capitalised(lexer));
        return autoTitleMap.getOrDefault(name, name);
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String text(Object value, String fallback) {
        return value instanceof String text ? text : value == null || value instanceof Boolean ? fallback
                : String.valueOf(value);
    }

    private static Map<String, String> lexerNames() {
        Map<String, String> names = new HashMap<>();
        for (String alias : List.of("python", "py", "python3", "py3")) {
            names.put(alias, "Python");
        }
        for (String alias : List.of("bash", "sh", "shell", "zsh", "ksh")) {
            names.put(alias, "Bash");
        }
        names.put("console", "Bash Session");
        names.put("shell-session", "Bash Session");
        names.put("yaml", "YAML");
        names.put("yml", "YAML");
        names.put("json", "JSON");
        names.put("jsonc", "JSON");
        names.put("json5", "JSON5");
        names.put("xml", "XML");
        names.put("html", "HTML");
        names.put("htm", "HTML");
        names.put("markdown", "Markdown");
        names.put("md", "Markdown");
        names.put("java", "Java");
        names.put("properties", "Properties");
        names.put("ini", "INI");
        names.put("cfg", "INI");
        names.put("toml", "TOML");
        names.put("diff", "Diff");
        names.put("patch", "Diff");
        for (String alias : List.of("text", "txt", "plain", "plaintext")) {
            names.put(alias, "Text Only");
        }
        names.put("javascript", "JavaScript");
        names.put("js", "JavaScript");
        names.put("css", "CSS");
        return Map.copyOf(names);
    }
}
