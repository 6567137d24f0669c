package dev.folio.parser.internal;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Python-Markdown's escapes: a backslash escapes only the characters in its list ({@code ESCAPED_CHARS}: the base
 * {@code \`*_{}[]()>#+-.!} and what each enabled extension adds, {@code |} for tables, {@code ^} for caret, …); before
 * any other character, a line end included, the backslash is text, where CommonMark escapes any ASCII punctuation.
 * pymdownx.escapeall escapes every character; with its {@code nbsp}, {@code \ } is a non-breaking space, with its
 * {@code hardbreak}, a backslash at a line end is a line break.
 */
final class PythonEscapeSyntax implements InlineContentParserFactory {
    static final String BASE = "\\`*_{}[]()>#+-.!";
    private static final Set<Character> TRIGGERS = Set.of('\\');

    /** What a backslash escapes: {@code chars}, or with escapeall ({@code all}) everything. */
    record Escapes(String chars, boolean all, boolean nbsp, boolean hardbreak) {
        static final Escapes BASE = new Escapes(PythonEscapeSyntax.BASE, false, false, false);
    }

    private final Escapes escapes;

    PythonEscapeSyntax(Escapes escapes) {
        this.escapes = escapes;
    }

    /** What the site's extensions make escapable, as each adds it. */
    static Escapes escapes(MkDocsConfig config) {
        if (config.hasExtension("pymdownx.escapeall")) {
            Map<String, Object> options = config.extension("pymdownx.escapeall");
            return new Escapes(BASE, true, Boolean.TRUE.equals(options.get("nbsp")),
                    Boolean.TRUE.equals(options.get("hardbreak")));
        }
        return new Escapes(escapable(config), false, false, false);
    }

    private static String escapable(MkDocsConfig config) {
        StringBuilder chars = new StringBuilder(BASE);
        Map<String, Object> caret = config.extension("pymdownx.caret");
        Map<String, Object> tilde = config.extension("pymdownx.tilde");
        add(chars, config.hasExtension("tables") || config.hasExtension("extra"), "|");
        add(chars, config.hasExtension("smarty"), "\"'");
        add(chars, config.hasExtension("pymdownx.arithmatex"), "$");
        add(chars, config.extensions().keySet().stream().anyMatch(name -> name.startsWith("pymdownx.blocks.")), "/");
        add(chars, config.hasExtension("pymdownx.caret") && (on(caret, "insert") || on(caret, "superscript")), "^");
        add(chars, config.hasExtension("pymdownx.caret") && on(caret, "superscript"), " ");
        add(chars, config.hasExtension("pymdownx.tilde") && (on(tilde, "delete") || on(tilde, "subscript")), "~");
        add(chars, config.hasExtension("pymdownx.tilde") && on(tilde, "subscript"), " ");
        add(chars, config.hasExtension("pymdownx.emoji"), ":");
        add(chars, config.hasExtension("pymdownx.keys"), "+");
        add(chars, config.hasExtension("pymdownx.magiclink"), "@");
        add(chars, config.hasExtension("pymdownx.mark") || config.hasExtension("pymdownx.progressbar"), "=");
        return chars.toString();
    }

    private static boolean on(Map<String, Object> options, String name) {
        return !Boolean.FALSE.equals(options.get(name));
    }

    private static void add(StringBuilder chars, boolean enabled, String added) {
        for (char c : added.toCharArray()) {
            if (enabled && chars.indexOf(String.valueOf(c)) < 0) {
                chars.append(c);
            }
        }
    }

    @Override
    public Set<Character> getTriggerCharacters() {
        return TRIGGERS;
    }

    @Override
    public InlineContentParser create() {
        return this::tryParse;
    }

    private ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        scanner.next();
        char next = scanner.peek();
        if (escapes.all()) {
            return escapeAll(scanner, start, next);
        }
        if (next == ' ' && escapes.chars().indexOf(' ') >= 0) {
            scanner.next();
            return ParsedInline.of(new Text(" "), scanner.position());
        }
        if (next == '\n' || next < 128 && isPunctuation(next) && escapes.chars().indexOf(next) < 0) {
            return ParsedInline.of(new Text("\\"), scanner.position()); // the backslash alone, as text
        }
        if (next < 128 && escapes.chars().indexOf(next) >= 0) {
            scanner.next();
            return ParsedInline.of(new Text(escaped(String.valueOf(next))), scanner.position());
        }
        scanner.setPosition(start);
        return ParsedInline.none(); // not an escape in either dialect: the backslash is text
    }

    private ParsedInline escapeAll(Scanner scanner, Position start, char next) {
        if (next == '\n') {
            if (escapes.hardbreak()) {
                scanner.next();
                return ParsedInline.of(new HardLineBreak(), scanner.position());
            }
            // Escaped, the line end stays a line end: only the backslash goes.
            return ParsedInline.of(new Text(""), scanner.position());
        }
        if (next == Scanner.END) {
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        scanner.next();
        StringBuilder escaped = new StringBuilder().append(next);
        if (Character.isHighSurrogate(next) && Character.isLowSurrogate(scanner.peek())) {
            escaped.append(scanner.peek());
            scanner.next();
        }
        String text = next == ' ' && escapes.nbsp() ? "\u00a0" : escaped(escaped.toString());
        return ParsedInline.of(new Text(text), scanner.position());
    }

    /**
     * An escaped character, marked as Python-Markdown stashes it: no later syntax sees it ({@code \#1} is no issue
     * link, {@code \:smile:} no emoji, {@code \*} no emphasis). {@link PythonEmphasis#ESCAPE} takes the backslash's
     * place, so positions stay those of the source; the text splitter drops it. An asterisk or underscore is marked
     * for emphasis too, which restores it.
     */
    private static String escaped(String character) {
        char c = character.charAt(0);
        String mark = String.valueOf(PythonEmphasis.ESCAPE);
        return c == '*' ? mark + PythonEmphasis.ESCAPED_STAR : c == '_' ? mark + PythonEmphasis.ESCAPED_UNDERSCORE
                : mark + character;
    }

    private static boolean isPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
