package dev.folio.macros;

import java.util.Map;

/**
 * mkdocs-macros' options that change how a page renders.
 *
 * @param renderByDefault {@code render_by_default}: pages render unless their front matter says
 *                        {@code render_macros: false}; off, only those that say {@code true}
 * @param onUndefined     {@code on_undefined}: {@code keep} (the default: an unknown variable stays as written),
 *                        {@code silent} or {@code lax} (it is empty), {@code strict} (the page is an error)
 * @param forceRender     {@code force_render_paths}: pages rendered even when not by default (gitignore patterns,
 *                        relative to the docs folder)
 */
record MacrosOptions(boolean renderByDefault, String onUndefined, Delimiters delimiters,
        dev.folio.model.PathPatterns forceRender) {

    static MacrosOptions of(Map<String, Object> options) {
        Object onUndefined = options.getOrDefault("on_undefined", "keep");
        return new MacrosOptions(!Boolean.FALSE.equals(options.get("render_by_default")), String.valueOf(onUndefined),
                Delimiters.of(options),
                dev.folio.model.PathPatterns.of(dev.folio.model.PathPatterns.lines(options.get("force_render_paths"))));
    }

    /** Whether a page renders: its {@code render_macros} if it says, else the default or a forced path. */
    boolean renders(Object renderMacros, String sourcePath) {
        if (renderMacros instanceof Boolean explicit) {
            return explicit;
        }
        return renderByDefault || forceRender.matches(sourcePath);
    }

    boolean strict() {
        return "strict".equals(onUndefined);
    }

    boolean keep() {
        return "keep".equals(onUndefined);
    }

    /**
     * The site's {@code j2_*_start_string} and {@code j2_*_end_string}. Jinjava reads Jinja's own delimiters only:
     * a page written with others is rewritten to them first, the standard ones it holds made literal text.
     */
    record Delimiters(String blockStart, String blockEnd, String variableStart, String variableEnd,
            String commentStart, String commentEnd) {
        static final Delimiters STANDARD = new Delimiters("{%", "%}", "{{", "}}", "{#", "#}");

        static Delimiters of(Map<String, Object> options) {
            return new Delimiters(string(options, "j2_block_start_string", "{%"),
                    string(options, "j2_block_end_string", "%}"), string(options, "j2_variable_start_string", "{{"),
                    string(options, "j2_variable_end_string", "}}"), string(options, "j2_comment_start_string", "{#"),
                    string(options, "j2_comment_end_string", "#}"));
        }

        private static String string(Map<String, Object> options, String name, String standard) {
            return options.get(name) instanceof String value && !value.isEmpty() ? value : standard;
        }

        /** Whether {@code markdown} holds a variable, block or comment start at all. */
        boolean opensIn(String markdown) {
            return markdown.contains(variableStart) || markdown.contains(blockStart) || markdown.contains(commentStart);
        }

        /** The page with Jinja's standard delimiters in place of the site's own. */
        String toStandard(String markdown) {
            if (equals(STANDARD)) {
                return markdown;
            }
            StringBuilder out = new StringBuilder(markdown.length() + 64);
            int i = 0;
            while (i < markdown.length()) {
                String custom = customAt(markdown, i);
                if (custom != null) {
                    out.append(standardFor(custom));
                    i += custom.length();
                } else if (markdown.startsWith("{{", i) || markdown.startsWith("{%", i) || markdown.startsWith("{#", i)) {
                    // Jinja's own delimiters are text on such a site: written as a string expression.
                    out.append("{{ '").append(markdown, i, i + 2).append("' }}");
                    i += 2;
                } else {
                    out.append(markdown.charAt(i++));
                }
            }
            return out.toString();
        }

        /** The site's delimiter at {@code at}, the longest first ({@code [[%} before {@code [[}). */
        private String customAt(String text, int at) {
            String found = null;
            for (String delimiter : new String[] {blockStart, blockEnd, variableStart, variableEnd, commentStart,
                    commentEnd}) {
                if (text.startsWith(delimiter, at) && (found == null || delimiter.length() > found.length())) {
                    found = delimiter;
                }
            }
            return found;
        }

        private String standardFor(String custom) {
            String[] mine = {blockStart, blockEnd, variableStart, variableEnd, commentStart, commentEnd};
            String[] standard = {"{%", "%}", "{{", "}}", "{#", "#}"};
            for (int k = 0; k < mine.length; k++) {
                if (mine[k].equals(custom)) {
                    return standard[k];
                }
            }
            return custom;
        }
    }
}
