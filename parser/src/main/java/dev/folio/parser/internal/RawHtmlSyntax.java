package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A raw HTML block as Python-Markdown keeps it: from a block-level start tag at the start of a line
 * (without a {@code markdown} attribute: those are {@link HtmlContainerSyntax}'s) to its matching end
 * tag, blank lines included; it may interrupt a paragraph, unless indented four spaces or more in
 * the page (Python-Markdown keeps such a tag inline). CommonMark would end it at the first blank line and read the rest, its
 * indented lines as code. Python-Markdown does this only for tags at the start of a line of the page
 * or of a {@code markdown} element; inside admonitions and tabs (indented four spaces) it splits the
 * element into paragraphs ({@code <p><div>…</p>}, its issue #1096): here the block stays whole there
 * too, on purpose. An element never closed runs to the end of its container, as in Python-Markdown.
 */
final class RawHtmlSyntax {
    private static final Pattern START = Pattern.compile("^<([A-Za-z][A-Za-z0-9]*)(?=[\\s/>]|$)");
    /** Python-Markdown's block-level elements, less the void {@code hr} (it has no end tag to wait for). */
    private static final Set<String> BLOCK_LEVEL = Set.of("address", "article", "aside", "blockquote", "details",
            "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "canvas",
            "colgroup", "dd", "body", "dt", "group", "iframe", "li", "legend", "math", "map", "noscript", "output",
            "object", "option", "progress", "script", "style", "summary", "tbody", "td", "textarea", "tfoot", "th",
            "thead", "tr", "video");

    private RawHtmlSyntax() {
    }

    /** A raw block; {@link #closed} is false when its container or the page ended first. */
    static final class Raw extends HtmlBlock {
        final String tag;
        boolean closed;
        /** Text after the end tag on its line, which Python-Markdown reads as Markdown again; empty when none. */
        String tail = "";

        Raw(String tag) {
            this.tag = tag;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            int start = LineStart.of(state, "<");
            if (start < 0) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            Matcher m = START.matcher(line.subSequence(start, line.length()));
            if (!m.find()) {
                return BlockStart.none();
            }
            if (state.getNextNonSpaceIndex() > 3 && matched.getMatchedBlockParser().getBlock() instanceof Paragraph) {
                // Python-Markdown sees raw blocks only at the start of a line of the page: an indented tag
                // that continues a list item's paragraph is inline HTML in it.
                return BlockStart.none();
            }
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            return BLOCK_LEVEL.contains(tag) ? BlockStart.of(new Parser(new Raw(tag))).atIndex(state.getIndex())
                    : BlockStart.none();
        }
    }

    private static final class Parser extends AbstractBlockParser {
        private final Raw raw;
        private final List<CharSequence> lines = new ArrayList<>();
        private int depth;

        Parser(Raw raw) {
            this.raw = raw;
        }

        @Override
        public Block getBlock() {
            return raw;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return raw.closed ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            CharSequence content = line.getContent();
            int before = depth;
            depth += TagDepth.change(content, raw.tag);
            raw.closed = depth <= 0;
            int end = raw.closed ? TagDepth.closingEnd(content, raw.tag, before) : -1;
            if (end > 0 && end < content.length() && !content.subSequence(end, content.length()).toString().isBlank()) {
                raw.tail = content.subSequence(end, content.length()).toString().strip();
                content = content.subSequence(0, end);
            }
            lines.add(content);
        }

        @Override
        public void closeBlock() {
            int end = lines.size();
            while (end > 0 && lines.get(end - 1).toString().isBlank()) {
                end--; // the blank lines before the container's end are not the element's
            }
            raw.setLiteral(String.join("\n", lines.subList(0, end)));
        }
    }
}
