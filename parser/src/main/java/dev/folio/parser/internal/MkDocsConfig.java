package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.folio.model.Diagnostic;
import dev.folio.model.LanguageLayout;
import dev.folio.model.Severity;
import dev.folio.model.SourcePosition;

/**
 * The parts of {@code mkdocs.yml} Folio reads, plus the whole file as plain values. Reading never
 * throws: a broken file gives an error diagnostic and an empty configuration.
 */
record MkDocsConfig(Map<String, Object> raw, String text, String file, List<Diagnostic> diagnostics) {
    /** The options of an extension listed by name alone: one instance, so that an entry with options replaces it. */
    private static final Map<String, Object> NO_OPTIONS = java.util.Collections.unmodifiableMap(new LinkedHashMap<>());

    static MkDocsConfig read(String text, String file) {
        return read(text, file, SafeYaml.PROCESS_ENVIRONMENT);
    }

    /** @param environment what {@code !ENV NAME} reads */
    static MkDocsConfig read(String text, String file, Function<String, Optional<String>> environment) {
        SafeYaml.Result result = SafeYaml.get().load(text, environment);
        List<Diagnostic> problems = new ArrayList<>();
        if (result.failure().isPresent()) {
            SafeYaml.Failure failure = result.failure().get();
            problems.add(Diagnostic.error("yaml", "mkdocs.yml: " + failure.message(),
                    SourcePosition.of(file, failure.line() + 1, failure.column() + 1)));
        } else if (result.value() != null && !(result.value() instanceof Map)) {
            problems.add(Diagnostic.error("yaml", "mkdocs.yml is not a map of settings", SourcePosition.of(file, 1, 1)));
        }
        // !!python/name:… names a function of an extension (emoji_index, a custom fence's format), and
        // !!python/object/apply:pymdownx.slugs.slugify a slug function by its keywords (arithmatex's formats too):
        // common, kept as opaque text without a word (Slugify, SuperFences and InlineHilite read them by name). Any other tag would have MkDocs run code:
        // said, and never done.
        for (OpaqueTagConstructor.ForeignTag tag : result.foreignTags()) {
            if (!tag.tag().startsWith("!python/name:") && !tag.tag().startsWith("!python/object/apply:pymdownx.slugs.")
                    && !tag.tag().startsWith("!python/object/apply:pymdownx.arithmatex.")) {
                problems.add(Diagnostic.warning("yaml", "mkdocs.yml: tag " + tag.tag() + " is not run; kept as text",
                        SourcePosition.of(file, tag.line() + 1, tag.column() + 1)));
            }
        }
        return new MkDocsConfig(result.map(), text, file, List.copyOf(problems));
    }

    /** The same file read with other settings (a language's own values over the site's). */
    MkDocsConfig withRaw(Map<String, Object> settings) {
        return new MkDocsConfig(settings, text, file, diagnostics);
    }

    static MkDocsConfig empty() {
        return new MkDocsConfig(Map.of(), "", "", List.of());
    }

    Optional<String> string(String key) {
        Object value = raw.get(key);
        return value == null || value instanceof Map || value instanceof List
                ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    Map<String, Object> map(String key) {
        return asMap(raw.get(key));
    }

    String docsDir() {
        return string("docs_dir").orElse("docs");
    }

    Optional<Boolean> useDirectoryUrls() {
        Object value = raw.get("use_directory_urls");
        return value instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    /**
     * Where the primary language is published. A site built once per language says so in its configuration: its
     * {@code site_dir} ({@code site/en}), its {@code site_url} ({@code https://example.org/en/}) or the primary
     * language's entry in {@code extra.alternate} ({@code link: /en/}) ends in the language's code; it then keeps
     * that folder. Any other site is published at the root, as MkDocs publishes it.
     */
    LanguageLayout layout(String primary) {
        boolean inFolder = string("site_dir").filter(dir -> lastSegment(dir).equals(primary)).isPresent()
                || string("site_url").filter(url -> lastSegment(urlPath(url)).equals(primary)).isPresent();
        if (map("extra").get("alternate") instanceof List<?> entries) {
            for (Object entry : entries) {
                Map<String, Object> alternate = asMap(entry);
                if (primary.equals(String.valueOf(alternate.get("lang"))) && alternate.get("link") != null
                        && lastSegment(urlPath(String.valueOf(alternate.get("link")))).equals(primary)) {
                    inFolder = true;
                }
            }
        }
        return inFolder ? LanguageLayout.ALL_IN_FOLDERS : LanguageLayout.PRIMARY_AT_ROOT;
    }

    /** The last non-empty segment of a path separated by slashes or backslashes. */
    private static String lastSegment(String path) {
        String[] segments = path.strip().split("[/\\\\]+");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty() && !segments[i].equals(".")) {
                return segments[i];
            }
        }
        return "";
    }

    /** The path of a URL (absolute or not), without query and fragment. */
    private static String urlPath(String url) {
        String path = url.strip().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        int end = path.length();
        for (char c : new char[] {'?', '#'}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    /**
     * How MkDocs 1.6's {@code validation} setting reports one kind of problem ({@code validation.nav.omitted_files},
     * or the short {@code validation.omitted_files}): {@code warn}, {@code info}, or {@code ignore} (empty).
     */
    Optional<Severity> validation(String group, String kind, Severity byDefault) {
        Map<String, Object> validation = map("validation");
        Object level = asMap(validation.get(group)).get(kind);
        if (level == null) {
            level = validation.get(kind);
        }
        if (level == null) {
            return Optional.of(byDefault);
        }
        return switch (String.valueOf(level).strip().toLowerCase(java.util.Locale.ROOT)) {
            case "ignore" -> Optional.empty();
            case "warn" -> Optional.of(Severity.WARNING);
            case "info" -> Optional.of(Severity.INFO);
            default -> Optional.of(byDefault);
        };
    }

    Optional<String> themeLanguage() {
        Object value = map("theme").get("language");
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    /** {@code extra.alternate}: language code → the name the site gives it, in written order. */
    Map<String, String> alternateNames() {
        Map<String, String> names = new LinkedHashMap<>();
        if (map("extra").get("alternate") instanceof List<?> entries) {
            for (Object entry : entries) {
                Map<String, Object> alternate = asMap(entry);
                Object lang = alternate.get("lang");
                Object name = alternate.get("name");
                if (lang != null) {
                    names.put(String.valueOf(lang), name == null ? "" : String.valueOf(name));
                }
            }
        }
        return names;
    }

    /** {@code markdown_extensions}, as a map of extension name → its settings (a list of names gives empty settings). */
    Map<String, Object> extension(String name) {
        return asMap(extensions().get(name));
    }

    /** Whether {@code markdown_extensions} lists the extension. */
    boolean hasExtension(String name) {
        return extensions().containsKey(name);
    }

    /** Every entry of {@code markdown_extensions} by name with its options, in written order, from either of its shapes. */
    Map<String, Object> extensions() {
        Map<String, Object> byName = new LinkedHashMap<>();
        Object extensions = raw.get("markdown_extensions");
        if (extensions instanceof Map<?, ?> map) {
            map.forEach((name, options) -> byName.put(shortName(name), options == null ? NO_OPTIONS : options));
        } else if (extensions instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map) {
                    // The first entry with options wins over a bare name listed before it. `- admonition:` (a name
                    // with nothing after the colon) is a name without options, as Python-Markdown reads it.
                    map.forEach((name, options) -> byName.merge(shortName(name),
                            options == null ? NO_OPTIONS : options,
                            (earlier, later) -> earlier == NO_OPTIONS ? later : earlier));
                } else if (entry != null) {
                    byName.putIfAbsent(shortName(entry), NO_OPTIONS);
                }
            }
        }
        // extra and pymdownx.extra load their members, each with the options given under its name.
        EXTRAS.forEach((extra, members) -> {
            if (byName.containsKey(extra)) {
                Map<String, Object> options = asMap(byName.get(extra));
                for (String member : members) {
                    Object given = options.get(member);
                    byName.putIfAbsent(member, given == null ? NO_OPTIONS : given);
                }
            }
        });
        return byName;
    }

    /** The extensions {@code extra} (Python-Markdown's) and {@code pymdownx.extra} load. */
    static final Map<String, List<String>> EXTRAS = Map.of(
            "extra", List.of("abbr", "attr_list", "def_list", "fenced_code", "footnotes", "md_in_html", "tables"),
            "pymdownx.extra", List.of("pymdownx.betterem", "pymdownx.superfences", "footnotes", "attr_list",
                    "def_list", "tables", "abbr", "md_in_html"));

    /** {@code markdown.extensions.toc} is Python-Markdown's {@code toc}, as Markdown loads either. */
    static String shortName(Object name) {
        String text = String.valueOf(name);
        return text.startsWith("markdown.extensions.") ? text.substring("markdown.extensions.".length()) : text;
    }

    /** The 1-based line of the first line that mentions {@code needle}, else 1: where to point a diagnostic. */
    int lineOf(String needle) {
        int index = text.indexOf(needle);
        if (index < 0) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
