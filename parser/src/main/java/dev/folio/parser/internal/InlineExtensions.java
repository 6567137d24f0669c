package dev.folio.parser.internal;

import java.util.List;
import java.util.Map;

/**
 * The inline syntaxes of the extensions a site enables, with their options: pymdownx.keys ({@code ++ctrl++}),
 * pymdownx.mark ({@code ==x==}; {@code smart_mark}), pymdownx.caret ({@code ^^ins^^}, {@code ^sup^};
 * {@code insert}, {@code superscript}, {@code smart_insert}), pymdownx.tilde ({@code ~~del~~}, {@code ~sub~};
 * {@code delete}, {@code subscript}, {@code smart_delete}), pymdownx.critic ({@code {++x++}}) and pymdownx.arithmatex
 * ({@code $x$}, {@code $$…$$}). A syntax whose extension is not listed stays text, as in Python-Markdown. "Smart"
 * doubled delimiters do not open or close inside a word ({@code wo==rd==s} stays text). pymdownx.critic's
 * {@code mode}: {@code view} marks the edits up, {@code accept} and {@code reject} apply or drop them. pymdownx.tasklist:
 * a list item starting {@code [ ]} or {@code [x]} is a task. Emphasis: Python-Markdown's, or pymdownx.betterem's with
 * its {@code smart_enable} ({@link PythonEmphasis}).
 */
record InlineExtensions(boolean keys, boolean mark, boolean smartMark, boolean insert, boolean smartInsert,
        boolean superscript, boolean delete, boolean smartDelete, boolean subscript, boolean critic, boolean math,
        String criticMode, boolean taskLists, PythonEmphasis.Rules emphasis) {
    /** Without a configuration (the parser used alone): every syntax, with pymdownx's defaults. */
    static final InlineExtensions ALL = new InlineExtensions(true, true, true, true, true, true, true, true, true,
            true, true, "view", true, PythonEmphasis.Rules.PYTHON_MARKDOWN);

    static InlineExtensions of(MkDocsConfig config) {
        Map<String, Object> caret = config.extension("pymdownx.caret");
        Map<String, Object> tilde = config.extension("pymdownx.tilde");
        boolean hasCaret = config.hasExtension("pymdownx.caret");
        boolean hasTilde = config.hasExtension("pymdownx.tilde");
        return new InlineExtensions(config.hasExtension("pymdownx.keys"), config.hasExtension("pymdownx.mark"),
                on(config.extension("pymdownx.mark"), "smart_mark"),
                hasCaret && on(caret, "insert"), on(caret, "smart_insert"), hasCaret && on(caret, "superscript"),
                hasTilde && on(tilde, "delete"), on(tilde, "smart_delete"), hasTilde && on(tilde, "subscript"),
                config.hasExtension("pymdownx.critic"), config.hasExtension("pymdownx.arithmatex"),
                String.valueOf(config.extension("pymdownx.critic").getOrDefault("mode", "view")),
                config.hasExtension("pymdownx.tasklist"),
                config.hasExtension("pymdownx.betterem")
                        ? PythonEmphasis.Rules.betterEm(String.valueOf(
                                config.extension("pymdownx.betterem").getOrDefault("smart_enable", "underscore")))
                        : PythonEmphasis.Rules.PYTHON_MARKDOWN);
    }

    /** A switch that is on unless the site turns it off. */
    private static boolean on(Map<String, Object> options, String name) {
        Object value = options.get(name);
        return value == null || (value instanceof Boolean flag ? flag : Boolean.parseBoolean(String.valueOf(value)));
    }
}
