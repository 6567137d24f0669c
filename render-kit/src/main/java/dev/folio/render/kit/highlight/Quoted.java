package dev.folio.render.kit.highlight;

/**
 * A quoted string found by a loop rather than a regular expression: Java's regex engine recurses once per
 * repetition of {@code "(?:\\.|[^"])*"}, so a JSON value of a few thousand characters overflowed the stack.
 * Immutable; {@link #end} is the position after the closing quote, or -1 when there is no string here
 * (not at an opening quote, or not closed where the language ends a string).
 */
final class Quoted {
    private final String prefixes;
    private final int minPrefix;
    private final int maxPrefix;
    private final char quote;
    private final boolean backslashEscapes;
    private final boolean multiline;

    private Quoted(String prefixes, int minPrefix, int maxPrefix, char quote, boolean backslashEscapes,
            boolean multiline) {
        this.prefixes = prefixes;
        this.minPrefix = minPrefix;
        this.maxPrefix = maxPrefix;
        this.quote = quote;
        this.backslashEscapes = backslashEscapes;
        this.multiline = multiline;
    }

    /** {@code "…"} on one line, {@code \} escaping the next character (the shell's strings). */
    static Quoted backslashed(char quote) {
        return new Quoted("", 0, 0, quote, true, false);
    }

    /** The same string across lines, as the shell reads {@code "…"} and {@code $'…'}. */
    Quoted acrossLines() {
        return new Quoted(prefixes, minPrefix, maxPrefix, quote, backslashEscapes, true);
    }

    /** After {@code min} to {@code max} of these characters (Python's {@code rb"…"}, the shell's {@code $'…'}). */
    Quoted afterPrefix(String characters, int min, int max) {
        return new Quoted(characters, min, max, quote, backslashEscapes, multiline);
    }

    int end(CharSequence text, int from) {
        int at = from;
        int length = text.length();
        while (at < length && at - from < maxPrefix && prefixes.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (at - from < minPrefix || at >= length || text.charAt(at) != quote) {
            return -1;
        }
        at++;
        while (at < length) {
            char c = text.charAt(at);
            if (c == quote) {
                return at + 1;
            }
            if (c == '\n' && !multiline) {
                return -1;
            }
            if (c == '\\' && backslashEscapes) {
                if (at + 1 >= length || text.charAt(at + 1) == '\n' && !multiline) {
                    return -1;
                }
                at += 2;
                continue;
            }
            at++;
        }
        return -1;
    }
}
