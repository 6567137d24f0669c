package dev.folio.render.kit.highlight;

import java.util.List;

/** Appending tokens as Pygments' formatter writes them: one span for neighbours of one class. */
final class Tokens {
    private Tokens() {
    }

    /** Appends a token, merged into the previous one when it has the same class and touches it; empty ones left out. */
    static void add(List<Token> tokens, String cssClass, int start, int end) {
        if (end <= start) {
            return;
        }
        if (!tokens.isEmpty()) {
            Token last = tokens.get(tokens.size() - 1);
            if (last.cssClass().equals(cssClass) && last.end() == start) {
                tokens.set(tokens.size() - 1, new Token(cssClass, last.start(), end));
                return;
            }
        }
        tokens.add(new Token(cssClass, start, end));
    }
}
