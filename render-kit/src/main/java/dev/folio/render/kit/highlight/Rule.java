package dev.folio.render.kit.highlight;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of a language table: a pattern tried at the current position and the Pygments class of what it
 * matches. With several classes, the pattern's groups get one class each in order (Pygments' {@code bygroups});
 * an empty class leaves that part plain. A nested rule hands its match to another grammar instead. A rule is
 * a pattern or, for quoted strings, a {@link Quoted} scanner.
 */
record Rule(Pattern pattern, Quoted quoted, List<String> classes, Grammar inner) {

    static Rule of(String regex, String... classes) {
        Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
        if (classes.length > 1 && pattern.matcher("").groupCount() != classes.length) {
            throw new IllegalArgumentException("one class per group: " + regex);
        }
        return new Rule(pattern, null, List.of(classes), null);
    }

    /** A quoted string, found by a loop: see {@link Quoted} for why not by a pattern. */
    static Rule of(Quoted quoted, String cssClass) {
        return new Rule(null, quoted, List.of(cssClass), null);
    }

    /** A quoted string lexed again by {@code inner} (the shell's variables inside double quotes). */
    static Rule nested(Quoted quoted, Grammar inner) {
        return new Rule(null, quoted, List.of(), inner);
    }

    /** A run matched here and then lexed again by {@code inner} (an HTML tag's name, attributes and values). */
    static Rule nested(String regex, Grammar inner) {
        return new Rule(Pattern.compile(regex, Pattern.MULTILINE), null, List.of(), inner);
    }
}
