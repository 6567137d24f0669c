package dev.folio.render.kit.highlight;

/**
 * A run of source text {@code [start, end)} and its Pygments short class name ({@code c1}, {@code s2}, …);
 * an empty class is plain text.
 */
public record Token(String cssClass, int start, int end) {

    public boolean isPlain() {
        return cssClass.isEmpty();
    }
}
