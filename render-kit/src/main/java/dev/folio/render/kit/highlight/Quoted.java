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
    private final boolean doubledQuoteEscapes;
    private final boolean multiline;
    private final boolean keyOnly;

    private Quoted(String prefixes, int minPrefix, int maxPrefix, char quote, boolean backslashEscapes, boolean doubledQuoteEscapes,
            boolean multiline, boolean keyOnly) {
        this.prefixes = prefixes;
        this.minPrefix = minPrefix;
        this.maxPrefix = maxPrefix;
        this.quote = quote;
        this.backslashEscapes = backslashEscapes;
        this.doubledQuoteEscapes = doubledQuoteEscapes;
        this.multiline = multiline;
        this.keyOnly = keyOnly;
    }

    /** {@code "…"} on one line, {@code \} escaping the next character (C, Java, JSON, Python, TOML). */
    static Quoted backslashed(char quote) {
        return new Quoted("", 0, 0, quote, true, false, false, false);
    }

    /** {@code '…'} on one line, {@code ''} standing for a quote (YAML's single-quoted scalars). */
    static Quoted doubled(char quote) {
        return new Quoted("", 0, 0, quote, false, true, false, false);
    }

    /** The same string across lines, as the shell reads {@code "…"} and {@code $'…'}. */
    Quoted acrossLines() {
        return new Quoted(prefixes, minPrefix, maxPrefix, quote, backslashEscapes, doubledQuoteEscapes, true, keyOnly);
    }

    /** After {@code min} to {@code max} of these characters (Python's {@code rb"…"}, the shell's {@code $'…'}). */
    Quoted afterPrefix(String characters, int min, int max) {
        return new Quoted(characters, min, max, quote, backslashEscapes, doubledQuoteEscapes, multiline, keyOnly);
    }

    /** Only when a {@code :} follows, spaces between: a JSON object's key. */
    Quoted followedByColon() {
        return new Quoted(prefixes, minPrefix, maxPrefix, quote, backslashEscapes, doubledQuoteEscapes, multiline, true);
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
                if (doubledQuoteEscapes && at + 1 < length && text.charAt(at + 1) == quote) {
                    at += 2;
                    continue;
                }
                return keyOnly ? colonAfter(text, at + 1) : at + 1;
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

    private static int colonAfter(CharSequence text, int end) {
        int at = end;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length() && text.charAt(at) == ':' ? end : -1;
    }
}
