package dev.folio.parser.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * pymdownx.superfences as configured. {@code preserve_tabs}: tabs in fenced code kept (by default Python-Markdown
 * expands every tab to the next multiple of four columns first); {@code disable_indented_code_blocks}: text indented
 * by four spaces is no code block. {@code custom_fences}: a fence name, the class its output carries, and the Python function
 * that formats it, read by name and never run. Superfences' own {@code fence_code_format} ({@code <pre class><code>})
 * and {@code fence_div_format} ({@code <div class>}) and arithmatex's {@code arithmatex_fenced_format} (math, in
 * {@code <pre>} with its {@code tag: pre}) are written as they write them; any other function's fence keeps its content
 * as written in {@code <pre class><code>}, with one warning per fence name and page.
 */
record SuperFences(Map<String, Fence> byName, boolean preserveTabs, boolean indentedCode) {
    static final SuperFences NONE = new SuperFences(Map.of(), false, true);

    enum Format { CODE, DIV, MATH, MATH_PRE, OTHER }

    /** @param function the formatting function as configured, for the warning of {@link Format#OTHER} */
    record Fence(String name, String cssClass, Format format, String function) {
    }

    SuperFences {
        byName = Map.copyOf(byName);
    }

    /**
     * Fenced code as Python-Markdown gives it: tabs expanded to the next multiple of four columns, unless
     * {@code preserve_tabs}.
     */
    String fencedCode(String code) {
        return preserveTabs || code.indexOf('\t') < 0 ? code : expandTabs(code);
    }

    /** Python's {@code str.expandtabs(4)}: each tab to the next multiple of four columns of its line. */
    static String expandTabs(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                int spaces = 4 - column % 4;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    Optional<Fence> fence(String language) {
        return Optional.ofNullable(byName.get(language.toLowerCase(Locale.ROOT)));
    }

    static SuperFences of(MkDocsConfig config) {
        Map<String, Object> options = config.extension("pymdownx.superfences");
        boolean preserveTabs = Boolean.TRUE.equals(options.get("preserve_tabs"));
        boolean indentedCode = !Boolean.TRUE.equals(options.get("disable_indented_code_blocks"));
        Object list = options.get("custom_fences");
        List<?> entries = list instanceof List<?> given ? given : List.of();
        Map<String, Fence> fences = new HashMap<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> map && map.get("name") != null) {
                String name = String.valueOf(map.get("name")).toLowerCase(Locale.ROOT);
                String cssClass = map.get("class") == null ? name : String.valueOf(map.get("class"));
                String function = map.get("format") == null ? "" : String.valueOf(map.get("format"));
                Format format = function.isEmpty() || function.contains("superfences.fence_code_format") ? Format.CODE
                        : function.contains("superfences.fence_div_format") ? Format.DIV
                        : function.contains("arithmatex_fenced_format")
                                ? (function.contains("tag=pre") ? Format.MATH_PRE : Format.MATH)
                        : Format.OTHER;
                fences.put(name, new Fence(name, cssClass, format, function.replaceFirst("^!!python/\\S*?:", "")
                        .replaceFirst(" .*$", "")));
            }
        }
        return new SuperFences(fences, preserveTabs, indentedCode);
    }
}
