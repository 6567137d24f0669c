package dev.folio.parser.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * pymdownx.snippets includes: the line {@code --8<-- "path"}, and the block form, a {@code --8<--} line,
 * one unquoted path per line, a closing {@code --8<--} line (blank lines and {@code ; comment} lines
 * skipped). {@link SnippetExpander} replaces each {@link Include} with the file's parsed content,
 * wrapped in an {@link Included} that remembers the file for positions.
 */
final class SnippetSyntax {
    static final String MARKER = "--8<--";
    private static final String BLOCK_MARKER = MARKER;
    private static final Pattern LINE = Pattern.compile("^--8<--[ \\t]+(?:\"([^\"]*)\"|'([^']*)')[ \\t]*$");

    private SnippetSyntax() {
    }

    /** An include line, before expansion. */
    static final class Include extends CustomBlock {
        final String path;

        Include(String path) {
            this.path = path;
        }
    }

    /**
     * The paths of a block include, one {@link Include} child per path line (positioned on its line);
     * {@link #closed} is false when the page or its container ended before the closing marker.
     */
    static final class IncludeBlock extends CustomBlock {
        boolean closed;
    }

    /** The content of an included file; positions below it are in {@link #file}. */
    static final class Included extends CustomBlock {
        final String file;

        Included(String file) {
            this.file = file;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            int start = LineStart.of(state, "--8<--");
            if (start < 0) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            if (isBlockMarker(line, start)) {
                return BlockStart.of(new BlockParser()).atIndex(line.length());
            }
            Matcher m = LINE.matcher(line.subSequence(start, line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            String path = m.group(1) != null ? m.group(1) : m.group(2);
            return BlockStart.of(new OneLineBlockParser(new Include(path))).atIndex(line.length());
        }
    }

    /** The path of an include line, {@code --8<-- "path"} (the line without its indentation), if it is one. */
    static Optional<String> includePath(String line) {
        if (!line.startsWith(MARKER)) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(line);
        return m.matches() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** {@code --8<--} alone on its line (pymdownx allows nothing after it, not even spaces). */
    private static boolean isBlockMarker(CharSequence line, int start) {
        return line.length() - start == BLOCK_MARKER.length()
                && BLOCK_MARKER.contentEquals(line.subSequence(start, line.length()));
    }

    /** Collects path lines until the closing marker; a blank line does not end the block. */
    private static final class BlockParser extends AbstractBlockParser {
        private final IncludeBlock block = new IncludeBlock();

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            int start = state.getNextNonSpaceIndex();
            if (!state.isBlank() && isBlockMarker(state.getLine().getContent(), start)) {
                block.closed = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            CharSequence content = line.getContent();
            int from = 0;
            while (from < content.length() && (content.charAt(from) == ' ' || content.charAt(from) == '\t')) {
                from++;
            }
            String path = content.subSequence(from, content.length()).toString().strip();
            if (path.isEmpty() || path.startsWith(";")) {
                return; // a blank or commented-out line
            }
            Include include = new Include(path);
            SourceSpan span = line.getSourceSpan();
            if (span != null) {
                include.setSourceSpans(List.of(span.subSpan(from, from + path.length())));
            }
            block.appendChild(include);
        }
    }
}
