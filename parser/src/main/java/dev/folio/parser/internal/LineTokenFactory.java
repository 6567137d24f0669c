package dev.folio.parser.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Node;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * An inline token that starts with a trigger character and matches a pattern within the rest of its
 * line ({@code ++ctrl+alt++}, {@code &#160;}, {@code {++critic++}}, {@code $math$}). The node gets the
 * token's source span.
 */
abstract class LineTokenFactory implements InlineContentParserFactory {
    private final char trigger;
    private final String secondChars;
    private final int maxLength;
    private final Pattern pattern;
    /** Asked for by every inline parse of every paragraph: made once. */
    private final Set<Character> triggers;

    /**
     * @param secondChars the characters that may follow the trigger (empty: any but a space), a cheap
     *                    test before the pattern is tried
     * @param maxLength   how far a token may reach: enough for any real one, bounded so a pathological
     *                    line costs linear time
     */
    LineTokenFactory(char trigger, String secondChars, int maxLength, Pattern pattern) {
        this.trigger = trigger;
        this.secondChars = secondChars;
        this.maxLength = maxLength;
        this.pattern = pattern;
        this.triggers = Set.of(trigger);
    }

    /** The node for a match of the pattern at the trigger. */
    abstract Node create(Matcher match);

    @Override
    public Set<Character> getTriggerCharacters() {
        return triggers;
    }

    @Override
    public InlineContentParser create() {
        return this::tryParse;
    }

    private ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        scanner.next();
        char second = scanner.peek();
        scanner.setPosition(start);
        if (secondChars.isEmpty() ? Character.isWhitespace(second) || second == Scanner.END
                : secondChars.indexOf(second) < 0) {
            return ParsedInline.none();
        }
        StringBuilder rest = new StringBuilder();
        while (scanner.hasNext() && scanner.peek() != '\n' && rest.length() < maxLength) {
            rest.append(scanner.peek());
            scanner.next();
        }
        scanner.setPosition(start);
        Matcher m = pattern.matcher(rest);
        if (!m.find()) {
            return ParsedInline.none();
        }
        for (int i = 0; i < m.end(); i++) {
            scanner.next();
        }
        Node node = create(m);
        node.setSourceSpans(scanner.getSource(start, scanner.position()).getSourceSpans());
        return ParsedInline.of(node, scanner.position());
    }
}
