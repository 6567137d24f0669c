package dev.folio.parser.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import dev.folio.model.doc.Attributes;

/**
 * md_in_html: an HTML element with a {@code markdown} attribute whose inside is Markdown, nested to any
 * depth and across blank lines (CommonMark alone would end the HTML at the first blank line). The element
 * ends at its matching end tag: same-name tags in between are counted. {@code markdown="span"} and the
 * elements md_in_html treats as spans ({@code p}, headings, {@code summary}, …) hold inline Markdown.
 * A {@code <summary>} right inside a container is parsed as inline Markdown too, on one line or over
 * several up to {@code </summary>}; a blank line before that ends it unclosed (a diagnostic), so a
 * translation that broke the end tag does not swallow the rest of the element.
 */
final class HtmlContainerSyntax {
    private static final Pattern START = Pattern.compile("^<([A-Za-z][A-Za-z0-9-]*)((?:\\s[^>]*)?)>");
    private static final Pattern MARKDOWN = Pattern.compile("(?:^|\\s)markdown(?:\\s*=|\\s|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY = Pattern.compile("^<summary((?:\\s[^>]*)?)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY_END = Pattern.compile("</summary>\\s*$", Pattern.CASE_INSENSITIVE);
    /** An inline element's start or end tag alone on a line, as Privacy Guides wraps cards: {@code <a href=…>}. */
    private static final Pattern LONE_INLINE_TAG = Pattern.compile(
            "^</?(a|span|small|button|label|em|strong|b|i|sup|sub)(\\s[^<>]*)?>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SPAN_ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "summary",
            "dt", "td", "th", "legend", "figcaption", "span", "a", "em", "strong", "small", "sup", "sub");

    private HtmlContainerSyntax() {
    }

    /** An element holding blocks. */
    static final class Container extends CustomBlock {
        final String tag;
        final Attributes attributes;
        boolean closed;

        Container(String tag, Attributes attributes) {
            this.tag = tag;
            this.attributes = attributes;
        }
    }

    /** An element holding inline Markdown (its inline children). */
    static final class Span extends CustomBlock {
        final String tag;
        final Attributes attributes;
        boolean closed;

        Span(String tag, Attributes attributes) {
            this.tag = tag;
            this.attributes = attributes;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            int start = LineStart.of(state, "<");
            if (start < 0) {
                return BlockStart.none();
            }
            SourceLine line = state.getLine();
            CharSequence content = line.getContent();
            String rest = content.subSequence(start, content.length()).toString();
            Matcher summary = SUMMARY.matcher(rest);
            if (summary.find() && matched.getMatchedBlockParser().getBlock() instanceof Container) {
                int afterTag = start + summary.end();
                Matcher end = SUMMARY_END.matcher(content);
                boolean endsHere = end.find(afterTag);
                if (endsHere || rest.toLowerCase(Locale.ROOT).indexOf("</summary") < 0) {
                    Span span = new Span("summary", HtmlAttributes.parse(summary.group(1), "markdown"));
                    span.closed = endsHere;
                    SourceLine inside = line.substring(afterTag, endsHere ? end.start() : content.length());
                    SpanParser parser = new SpanParser(span, inside, endsHere);
                    parser.endsAtBlankLine = true;
                    return BlockStart.of(parser).atIndex(content.length());
                }
            }
            Matcher m = START.matcher(rest);
            if (!m.find() || !MARKDOWN.matcher(m.group(2)).find()) {
                if (LONE_INLINE_TAG.matcher(rest).matches()) {
                    // Its own raw line: CommonMark would otherwise swallow the next lines, a
                    // <div markdown> included, into one raw HTML block.
                    return BlockStart.of(new OneLineBlockParser(rawLine(rest.strip()))).atIndex(content.length());
                }
                return BlockStart.none();
            }
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            String mode = HtmlAttributes.value(m.group(2), "markdown");
            if ("0".equals(mode)) {
                return BlockStart.none(); // markdown="0": raw HTML, the attribute kept, as md_in_html leaves it
            }
            Attributes attributes = HtmlAttributes.parse(m.group(2), "markdown");
            int afterTag = start + m.end();
            String close = "</" + tag;
            int closeAt = indexOfIgnoreCase(content.toString(), close, afterTag);
            boolean span = "span".equalsIgnoreCase(mode) || !"block".equalsIgnoreCase(mode)
                    && SPAN_ELEMENTS.contains(tag);
            if (span || closeAt >= 0) {
                Span node = new Span(tag, attributes);
                SourceLine first = line.substring(afterTag, closeAt >= 0 ? closeAt : content.length());
                node.closed = closeAt >= 0;
                return BlockStart.of(new SpanParser(node, first, closeAt >= 0)).atIndex(content.length());
            }
            return BlockStart.of(new ContainerParser(new Container(tag, attributes))).atIndex(afterTag);
        }
    }

    private static HtmlBlock rawLine(String html) {
        HtmlBlock block = new HtmlBlock();
        block.setLiteral(html);
        return block;
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        return text.toLowerCase(Locale.ROOT).indexOf(needle, from);
    }

    private static final class ContainerParser extends AbstractBlockParser {
        private final Container container;
        private int depth = 1;

        ContainerParser(Container container) {
            this.container = container;
        }

        @Override
        public Block getBlock() {
            return container;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block block) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            Block active = state.getActiveBlockParser().getBlock();
            // Tags inside code are code, not structure.
            if (active instanceof FencedCodeBlock
                    || active instanceof IndentedCodeBlock && state.getIndent() >= IndentedBodyParser.INDENT) {
                return BlockContinue.atIndex(state.getIndex());
            }
            CharSequence content = state.getLine().getContent();
            CharSequence rest = content.subSequence(state.getIndex(), content.length());
            depth += TagDepth.change(rest, container.tag);
            if (depth <= 0) {
                // The matching end tag: the element ends with this line.
                container.closed = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }
    }

    private static final class SpanParser extends AbstractBlockParser {
        private final Span span;
        private final SourceLines lines = new SourceLines();
        private boolean done;
        /** A summary's text is one paragraph: a blank line ends it, closed or not. */
        boolean endsAtBlankLine;

        SpanParser(Span span, SourceLine first, boolean done) {
            this.span = span;
            this.done = done;
            if (first.getContent().toString().strip().length() > 0) {
                lines.addLine(first);
            }
        }

        @Override
        public Block getBlock() {
            return span;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (done || endsAtBlankLine && state.isBlank()) {
                return BlockContinue.none();
            }
            CharSequence content = state.getLine().getContent();
            String lower = content.toString().toLowerCase(Locale.ROOT);
            int close = lower.indexOf("</" + span.tag, state.getIndex());
            if (close >= 0) {
                SourceLine before = state.getLine().substring(state.getIndex(), close);
                if (before.getContent().toString().strip().length() > 0) {
                    lines.addLine(before);
                }
                span.closed = true;
                done = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            if (line.getContent().toString().strip().length() > 0) {
                lines.addLine(line);
            }
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            inlineParser.parse(lines, span);
        }
    }
}
