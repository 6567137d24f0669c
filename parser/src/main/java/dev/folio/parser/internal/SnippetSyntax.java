package dev.folio.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * pymdownx.snippets include lines, {@code --8<-- "path"}. {@link SnippetExpander} replaces each with the
 * file's parsed content, wrapped in an {@link Included} that remembers the file for positions.
 */
final class SnippetSyntax {
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
            Matcher m = LINE.matcher(line.subSequence(start, line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            String path = m.group(1) != null ? m.group(1) : m.group(2);
            return BlockStart.of(new OneLineBlockParser(new Include(path))).atIndex(line.length());
        }
    }
}
