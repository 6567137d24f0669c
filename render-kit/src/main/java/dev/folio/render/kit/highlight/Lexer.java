package dev.folio.render.kit.highlight;

import java.util.List;

/** Code of one language split into tokens that cover it, in order. */
interface Lexer {
    List<Token> tokens(String code);
}
