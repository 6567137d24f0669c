package dev.folio.parser.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import dev.folio.model.doc.Admonition;

/**
 * Admonitions and collapsible blocks: {@code !!! type}, {@code !!! type "Title"}, {@code !!! type ""},
 * {@code ??? type} (closed), {@code ???+ type} (open), body indented four spaces. Further words after the
 * type are extra classes; the type is kept verbatim, translated or unknown ones included.
 */
final class AdmonitionSyntax {
    /** Type and classes as one run of words and blanks, not a repeated group: the regex engine recurses per repetition. */
    private static final Pattern START = Pattern.compile(
            "^(!!!|\\?\\?\\?\\+?)[ \\t]+([\\p{L}\\p{N}_-](?:[\\p{L}\\p{N}_ \\t-]*[\\p{L}\\p{N}_-])?)?(?:[ \\t]*\"(.*)\")?[ \\t]*$");

    private AdmonitionSyntax() {
    }

    /** The parsed block, before conversion to the model. */
    static final class Node extends CustomBlock {
        final String type;
        final List<String> classes;
        final Optional<String> title;
        final Admonition.Collapse collapse;

        Node(String type, List<String> classes, Optional<String> title, Admonition.Collapse collapse) {
            this.type = type;
            this.classes = classes;
            this.title = title;
            this.collapse = collapse;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= IndentedBodyParser.INDENT) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            char first = line.charAt(start);
            if (first != '!' && first != '?') {
                return BlockStart.none();
            }
            Matcher m = START.matcher(line.subSequence(start, line.length()));
            if (!m.matches() || m.group(2) == null) {
                return BlockStart.none();
            }
            String[] words = m.group(2).trim().split("[ \\t]+");
            String type = words[0];
            List<String> classes = List.of(words).subList(1, words.length);
            Optional<String> title = m.group(3) != null
                    ? (m.group(3).isEmpty() ? Optional.empty() : Optional.of(m.group(3)))
                    : Optional.of(capitalised(type));
            Admonition.Collapse collapse = m.group(1).equals("!!!") ? Admonition.Collapse.NONE
                    : m.group(1).endsWith("+") ? Admonition.Collapse.OPEN : Admonition.Collapse.CLOSED;
            return BlockStart.of(new Parser(new Node(type, classes, title, collapse))).atIndex(line.length());
        }
    }

    /** The type word with its first letter upper-cased, as MkDocs titles an admonition without a title. */
    static String capitalised(String type) {
        if (type.isEmpty()) {
            return type;
        }
        int first = type.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + type.substring(Character.charCount(first));
    }

    private static final class Parser extends IndentedBodyParser {
        private final Node node;

        Parser(Node node) {
            this.node = node;
        }

        @Override
        public Block getBlock() {
            return node;
        }
    }
}
