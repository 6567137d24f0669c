package dev.folio.parser.internal;

import java.util.Set;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Python-Markdown's emphasis of blank space: its {@code \*([^*]+)\*} pairs a lone asterisk that follows
 * a letter with the next one across nothing but spaces, so {@code 影響* *所有* *過去} gives
 * {@code 影響<em> </em>所有<em> </em>過去} where CommonMark would leave both asterisks as text and pair
 * the inner ones instead (a translation slip in the zh-Hant seed, html-structures.md §12). Only this
 * exact form is taken; every other asterisk is left to CommonMark's rules.
 */
final class SpaceEmphasisSyntax implements InlineContentParserFactory {
    private static final Set<Character> TRIGGER = Set.of('*');

    @Override
    public Set<Character> getTriggerCharacters() {
        return TRIGGER;
    }

    @Override
    public InlineContentParser create() {
        return SpaceEmphasisSyntax::tryParse;
    }

    private static ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        int before = scanner.peekPreviousCodePoint();
        // After a space (or at the start) a lone asterisk is text in Python-Markdown too (its NOT_STRONG).
        if (before == Scanner.END || before == '*' || Character.isWhitespace(before)) {
            return ParsedInline.none();
        }
        Position start = scanner.position();
        scanner.next();
        StringBuilder blank = new StringBuilder();
        while (scanner.peek() == ' ' || scanner.peek() == '\t') {
            blank.append(scanner.peek());
            scanner.next();
        }
        if (blank.length() == 0 || !scanner.next('*') || scanner.peek() == '*') {
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        Emphasis emphasis = new Emphasis("*");
        emphasis.appendChild(new Text(blank.toString()));
        emphasis.setSourceSpans(scanner.getSource(start, scanner.position()).getSourceSpans());
        emphasis.getFirstChild().setSourceSpans(emphasis.getSourceSpans());
        return ParsedInline.of(emphasis, scanner.position());
    }
}
