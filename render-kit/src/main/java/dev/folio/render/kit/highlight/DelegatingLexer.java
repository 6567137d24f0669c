package dev.folio.render.kit.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pygments' {@code DelegatingLexer}: a language lexer marks the parts of the code that belong to another language
 * with one class (the needle); those parts, joined, are lexed by the root lexer, and its tokens take the needle's
 * place; every other token stays. A Python console session is built so: prompts and output, its code as Python, its
 * tracebacks as tracebacks.
 */
final class DelegatingLexer implements Lexer {
    private final Lexer root;
    private final Lexer language;
    private final String needle;

    DelegatingLexer(Lexer root, Lexer language, String needle) {
        this.root = root;
        this.language = language;
        this.needle = needle;
    }

    /** Pygments' {@code pycon}: {@code >>>} and {@code ...} prompts, output, Python code and tracebacks. */
    static Optional<Lexer> pythonConsole() {
        Optional<Lexer> python = StateLexer.table("PythonLexer");
        Optional<Lexer> console = StateLexer.table("_PythonConsoleLexerBase");
        Optional<Lexer> traceback = StateLexer.table("PythonTracebackLexer");
        if (python.isEmpty() || console.isEmpty() || traceback.isEmpty()) {
            return Optional.empty();
        }
        Lexer code = new DelegatingLexer(python.get(), console.get(), "x x-Code");
        return Optional.of(new DelegatingLexer(traceback.get(), code, "x x-Traceback"));
    }

    @Override
    public List<Token> tokens(String code) {
        List<Token> marked = language.tokens(code);
        // The needle's parts, joined, and where each part starts in the code.
        StringBuilder joined = new StringBuilder();
        List<int[]> parts = new ArrayList<>();
        for (Token token : marked) {
            if (token.cssClass().equals(needle)) {
                parts.add(new int[] {joined.length(), token.start(), token.end() - token.start()});
                joined.append(code, token.start(), token.end());
            }
        }
        List<Token> inner = joined.length() == 0 ? List.of() : root.tokens(joined.toString());
        List<Token> out = new ArrayList<>();
        int part = 0;
        int innerIndex = 0;
        for (Token token : marked) {
            if (!token.cssClass().equals(needle)) {
                Tokens.add(out, token.cssClass(), token.start(), token.end());
                continue;
            }
            // The root's tokens over this part, cut at its ends and moved back into the code.
            int[] at = parts.get(part++);
            int from = at[0];
            int to = at[0] + at[2];
            while (innerIndex < inner.size() && inner.get(innerIndex).end() <= from) {
                innerIndex++;
            }
            for (int i = innerIndex; i < inner.size() && inner.get(i).start() < to; i++) {
                Token piece = inner.get(i);
                int start = Math.max(piece.start(), from);
                int end = Math.min(piece.end(), to);
                Tokens.add(out, piece.cssClass(), start - from + at[1], end - from + at[1]);
            }
        }
        return out;
    }

}
