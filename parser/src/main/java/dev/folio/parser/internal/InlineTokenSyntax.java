package dev.folio.parser.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.beta.InlineContentParserFactory;

/**
 * Inline tokens read straight from the source: pymdownx.keys {@code ++ctrl+alt+del++}, and numeric
 * character references ({@code &#160;}), which MkDocs keeps as written, so they become raw HTML here.
 */
final class InlineTokenSyntax {
    /** pymdownx.keys' patterns: names ({@code \w} and {@code -}) and quoted keys, joined by {@code +}. */
    private static final String KEY = "(?:[\\w\\-]+|\"(?:\\\\.|[^\"])+\"|'(?:\\\\.|[^'])+')";
    private static final Pattern KEYS = Pattern.compile("^\\+\\+((?:" + KEY + "\\+){0,16}?" + KEY + ")\\+\\+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern UNESCAPED_PLUS = Pattern.compile("(?<!\\\\)\\+");
    private static final Pattern NUMERIC = Pattern.compile("^&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});");

    private InlineTokenSyntax() {
    }

    /** A key combination; {@link #keys} as written (quoted keys with their quotes), {@link #written} whole. */
    static final class Keys extends CustomNode {
        final List<String> keys;
        final String written;

        Keys(List<String> keys, String written) {
            this.keys = keys;
            this.written = written;
        }
    }

    static InlineContentParserFactory keys() {
        return new LineTokenFactory('+', "+", 200, KEYS) {
            @Override
            org.commonmark.node.Node create(Matcher m) {
                return new Keys(List.of(UNESCAPED_PLUS.split(m.group(1))), m.group());
            }
        };
    }

    static InlineContentParserFactory numericEntities() {
        return new LineTokenFactory('&', "#", 12, NUMERIC) {
            @Override
            org.commonmark.node.Node create(Matcher m) {
                HtmlInline html = new HtmlInline();
                html.setLiteral(m.group());
                return html;
            }
        };
    }
}
