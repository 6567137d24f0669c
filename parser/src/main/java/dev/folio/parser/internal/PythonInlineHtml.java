package dev.folio.parser.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.HtmlInline;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Inline raw HTML as Python-Markdown finds it: from {@code <} and a letter to the next {@code >}, whatever lies
 * between ({@code HTML_RE}), so {@code <img class="a"src="b">} and {@code <user_name>} are raw HTML there, where
 * CommonMark's stricter grammar leaves them text; and a {@code <} its pattern does not match (a declaration such as
 * {@code <!DOCTYPE>}) is text. Python-Markdown's autolinks ({@code <https://…>}, {@code <a@b.c>}) come first and
 * are left to commonmark-java.
 */
final class PythonInlineHtml implements InlineContentParserFactory {
    private static final Set<Character> TRIGGERS = Set.of('<');
    /** Python-Markdown 3.10's {@code HTML_RE}: a tag, a comment, a processing instruction, CDATA. */
    private static final Pattern HTML = Pattern.compile("<(?:/?[a-zA-Z][^<>@ ]*(?: [^<>]*)?"
            + "|!--(?:(?!<!--|-->).)*--|[?](?:(?!<[?]|[?]>).)*[?]|!\\[CDATA\\[(?:(?!<!\\[CDATA\\[|]]>).)*]])>",
            Pattern.DOTALL);
    private static final Pattern AUTOLINK = Pattern.compile("<(?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*>");
    private static final Pattern AUTOMAIL = Pattern.compile("<[^<> !]+@[^@<> ]+>");
    /** How far a tag may reach: any real one; bounded so that a page of {@code <} costs linear time. */
    private static final int MAX_LENGTH = 4000;

    @Override
    public Set<Character> getTriggerCharacters() {
        return TRIGGERS;
    }

    @Override
    public InlineContentParser create() {
        return PythonInlineHtml::tryParse;
    }

    private static ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        StringBuilder rest = new StringBuilder();
        while (scanner.hasNext() && rest.length() < MAX_LENGTH) {
            rest.append(scanner.peek());
            scanner.next();
            if (rest.length() > 1 && (reachesTheNext(rest) || rest.charAt(rest.length() - 1) == '>' && ends(rest))) {
                break;
            }
        }
        scanner.setPosition(start);
        if (AUTOLINK.matcher(rest).lookingAt() || AUTOMAIL.matcher(rest).lookingAt()) {
            return ParsedInline.none();
        }
        Matcher m = HTML.matcher(rest);
        if (!m.lookingAt()) {
            scanner.next();
            return ParsedInline.of(new Text("<"), scanner.position());
        }
        for (int i = 0; i < m.end(); i++) {
            scanner.next();
        }
        HtmlInline html = new HtmlInline();
        html.setLiteral(m.group());
        html.setSourceSpans(scanner.getSource(start, scanner.position()).getSourceSpans());
        return ParsedInline.of(html, scanner.position());
    }

    /** Whether the {@code >} just read can end the markup: a comment at {@code -->}, CDATA at {@code ]]>}, … */
    private static boolean ends(StringBuilder read) {
        if (startsWith(read, "<!--")) {
            return read.length() >= 7 && endsWith(read, "-->");
        }
        if (startsWith(read, "<![CDATA[")) {
            return endsWith(read, "]]>");
        }
        if (startsWith(read, "<?")) {
            return read.length() >= 4 && endsWith(read, "?>");
        }
        return true;
    }

    /**
     * Whether what was read has reached a start none of the patterns may cross: any {@code <} in a tag, the next
     * {@code <!--} in a comment, and so on. Reading stops there, so that a line of {@code <} costs linear time.
     */
    private static boolean reachesTheNext(StringBuilder read) {
        for (String opening : new String[] {"<!--", "<![CDATA[", "<?"}) {
            if (startsWith(read, opening)) {
                return read.length() > opening.length() && endsWith(read, opening);
            }
        }
        return read.charAt(read.length() - 1) == '<';
    }

    // Asked at every character read: compared in place, no substring made.
    private static boolean startsWith(StringBuilder read, String prefix) {
        return read.length() >= prefix.length() && sameAt(read, 0, prefix);
    }

    private static boolean endsWith(StringBuilder read, String suffix) {
        return read.length() >= suffix.length() && sameAt(read, read.length() - suffix.length(), suffix);
    }

    private static boolean sameAt(StringBuilder read, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (read.charAt(at + i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
