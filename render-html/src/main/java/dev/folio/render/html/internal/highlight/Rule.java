package dev.folio.render.html.internal.highlight;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of a language table: a pattern tried at the current position and the Pygments class of what it
 * matches. With several classes, the pattern's groups get one class each in order (Pygments' {@code bygroups});
 * an empty class leaves that part plain. A nested rule hands its match to another grammar instead.
 */
record Rule(Pattern pattern, List<String> classes, Grammar inner) {

    static Rule of(String regex, String... classes) {
        Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
        if (classes.length > 1 && pattern.matcher("").groupCount() != classes.length) {
            throw new IllegalArgumentException("one class per group: " + regex);
        }
        return new Rule(pattern, List.of(classes), null);
    }

    /** Any of {@code words} as a whole word: not part of a longer word, option or path ({@code --in}, {@code a.if}). */
    static Rule words(String cssClass, String... words) {
        return new Rule(Pattern.compile("(?<![-\\w.$/])(?:" + String.join("|", words) + ")(?![-\\w])"),
                List.of(cssClass), null);
    }

    /** A run matched here and then lexed again by {@code inner} (an HTML tag's name, attributes and values). */
    static Rule nested(String regex, Grammar inner) {
        return new Rule(Pattern.compile(regex, Pattern.MULTILINE), List.of(), inner);
    }
}
