package dev.folio.render.kit.highlight;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON as Pygments' JSON lexer reads it, one character at a time (it is no table of patterns there either): strings,
 * numbers, the constants, punctuation, whitespace, {@code //} and {@code /* *}{@code /} comments; a string followed
 * by a colon is a key ({@code nt}); anything else is an error token, as there.
 */
final class JsonLexer implements Lexer {
    static final JsonLexer INSTANCE = new JsonLexer();

    private static final String INTEGERS = "-0123456789";
    private static final String FLOATS = ".eE+";
    private static final String CONSTANTS = "truefalsn";
    private static final String HEXADECIMALS = "0123456789abcdefABCDEF";
    private static final String PUNCTUATIONS = "{}[],";

    private JsonLexer() {
    }

    private record Pending(int start, String cssClass, int end) {
    }

    private static boolean whitespace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    @Override
    public List<Token> tokens(String code) {
        List<Token> out = new ArrayList<>();
        // Strings, whitespace and comments wait here until what follows says whether a string was a key.
        List<Pending> queue = new ArrayList<>();
        boolean inString = false;
        boolean inEscape = false;
        int inUnicodeEscape = 0;
        boolean inWhitespace = false;
        boolean inConstant = false;
        boolean inNumber = false;
        boolean inFloat = false;
        boolean inPunctuation = false;
        boolean inCommentSingle = false;
        boolean inCommentMultiline = false;
        boolean expectingCommentOpener = false;
        boolean expectingCommentCloser = false;
        int start = 0;
        for (int stop = 0; stop < code.length(); stop++) {
            char c = code.charAt(stop);
            if (inString) {
                if (inUnicodeEscape > 0) {
                    if (HEXADECIMALS.indexOf(c) >= 0) {
                        inUnicodeEscape--;
                        if (inUnicodeEscape == 0) {
                            inEscape = false;
                        }
                    } else {
                        inUnicodeEscape = 0;
                        inEscape = false;
                    }
                } else if (inEscape) {
                    if (c == 'u') {
                        inUnicodeEscape = 4;
                    } else {
                        inEscape = false;
                    }
                } else if (c == '\\') {
                    inEscape = true;
                } else if (c == '"') {
                    queue.add(new Pending(start, "s2", stop + 1));
                    inString = false;
                    inEscape = false;
                    inUnicodeEscape = 0;
                }
                continue;
            } else if (inWhitespace) {
                if (whitespace(c)) {
                    continue;
                }
                pendingOrOut(queue, out, start, "w", stop);
                inWhitespace = false;
            } else if (inConstant) {
                if (CONSTANTS.indexOf(c) >= 0) {
                    continue;
                }
                Tokens.add(out, "kc", start, stop);
                inConstant = false;
            } else if (inNumber) {
                if (INTEGERS.indexOf(c) >= 0) {
                    continue;
                } else if (FLOATS.indexOf(c) >= 0) {
                    inFloat = true;
                    continue;
                }
                Tokens.add(out, inFloat ? "mf" : "mi", start, stop);
                inNumber = false;
                inFloat = false;
            } else if (inPunctuation) {
                if (PUNCTUATIONS.indexOf(c) >= 0) {
                    continue;
                }
                Tokens.add(out, "p", start, stop);
                inPunctuation = false;
            } else if (inCommentSingle) {
                if (c != '\n') {
                    continue;
                }
                pendingOrOut(queue, out, start, "c1", stop);
                inCommentSingle = false;
            } else if (inCommentMultiline) {
                if (c == '*') {
                    expectingCommentCloser = true;
                } else if (expectingCommentCloser) {
                    expectingCommentCloser = false;
                    if (c == '/') {
                        pendingOrOut(queue, out, start, "cm", stop + 1);
                        inCommentMultiline = false;
                    }
                }
                continue;
            } else if (expectingCommentOpener) {
                expectingCommentOpener = false;
                if (c == '/') {
                    inCommentSingle = true;
                    continue;
                } else if (c == '*') {
                    inCommentMultiline = true;
                    continue;
                }
                flush(queue, out, false);
                Tokens.add(out, "err", start, stop);
            }
            start = stop;
            if (c == '"') {
                inString = true;
            } else if (whitespace(c)) {
                inWhitespace = true;
            } else if (c == 'f' || c == 'n' || c == 't') {
                flush(queue, out, false);
                inConstant = true;
            } else if (INTEGERS.indexOf(c) >= 0) {
                flush(queue, out, false);
                inNumber = true;
            } else if (c == ':') {
                flush(queue, out, true);
                inPunctuation = true;
            } else if (PUNCTUATIONS.indexOf(c) >= 0) {
                flush(queue, out, false);
                inPunctuation = true;
            } else if (c == '/') {
                expectingCommentOpener = true;
            } else {
                flush(queue, out, false);
                Tokens.add(out, "err", stop, stop + 1);
            }
        }
        flush(queue, out, false);
        int end = code.length();
        String last = inString ? "err" : inFloat ? "mf" : inNumber ? "mi" : inConstant ? "kc" : inWhitespace ? "w"
                : inPunctuation ? "p" : inCommentSingle ? "c1" : inCommentMultiline || expectingCommentOpener ? "err"
                : null;
        if (last != null) {
            Tokens.add(out, last, start, end);
        }
        return out;
    }

    private static void pendingOrOut(List<Pending> queue, List<Token> out, int start, String cssClass, int end) {
        if (queue.isEmpty()) {
            Tokens.add(out, cssClass, start, end);
        } else {
            queue.add(new Pending(start, cssClass, end));
        }
    }

    /** Writes the waiting tokens; before a colon their strings are keys. */
    private static void flush(List<Pending> queue, List<Token> out, boolean beforeColon) {
        for (Pending pending : queue) {
            Tokens.add(out, beforeColon && pending.cssClass().equals("s2") ? "nt" : pending.cssClass(), pending.start(),
                    pending.end());
        }
        queue.clear();
    }

}
