package dev.folio.render.kit.highlight;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits code into tokens with the CSS classes Pygments' HTML formatter gives them, for every language name (alias)
 * of the Pygments lexers Folio carries ({@link StateLexer}'s tables, {@link JsonLexer}, a Python console as a {@link DelegatingLexer}, the
 * {@code console} table);
 * any other language is one plain token, as Pygments' text lexer gives, so an unknown fence language costs nothing
 * and warns about nothing.
 */
public final class Highlighter {

    private Highlighter() {
    }

    public static List<Token> tokens(String language, String code) {
        return lexer(language).map(lexer -> lexer.tokens(code))
                .orElseGet(() -> code.isEmpty() ? List.of() : List.of(new Token("", 0, code.length())));
    }

    /** Pygments' lexer for a language name (one of its aliases), if Folio has it. */
    static Optional<Lexer> lexer(String language) {
        String name = language.toLowerCase(Locale.ROOT);
        if (name.equals("json") || name.equals("json-object")) {
            return Optional.of(JsonLexer.INSTANCE);
        }
        if (name.equals("pycon") || name.equals("python-console")) {
            return DelegatingLexer.pythonConsole();
        }
        return StateLexer.forLanguage(name).or(() -> Grammars.forLanguage(name).map(Lexer.class::cast));
    }
}
