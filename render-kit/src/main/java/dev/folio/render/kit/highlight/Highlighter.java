package dev.folio.render.kit.highlight;

import java.util.List;

/**
 * Splits code into Pygments-classed tokens for the languages Folio knows (bash/sh/zsh, console, yaml, json,
 * xml/html, markdown, java, python, properties/ini, toml, diff, text); any other language is one plain token,
 * as Pygments' text lexer gives, so an unknown fence language costs nothing and warns about nothing.
 */
public final class Highlighter {

    private Highlighter() {
    }

    public static List<Token> tokens(String language, String code) {
        return Grammars.forLanguage(language)
                .map(grammar -> grammar.tokens(code))
                .orElseGet(() -> code.isEmpty() ? List.of() : List.of(new Token("", 0, code.length())));
    }
}
