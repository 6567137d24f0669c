package dev.folio.parser.internal;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Nodes;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;

/**
 * Inline spans wrapped in a delimiter character: pymdownx.mark {@code ==x==}, pymdownx.caret
 * {@code ^^x^^} (insert) and {@code ^x^} (superscript), pymdownx.tilde {@code ~~x~~} (delete) and {@code ~x~}
 * (subscript). The single forms hold no whitespace, as in pymdownx; a "smart" doubled form neither opens nor closes
 * inside a word.
 */
final class PairedDelimiterSyntax {
    private PairedDelimiterSyntax() {
    }

    /** Marked text, {@code ==x==}. */
    static final class Mark extends CustomNode {
    }

    /** Inserted text, {@code ^^x^^}. */
    static final class Insert extends CustomNode {
    }

    /** Superscript, {@code ^x^}. */
    static final class Superscript extends CustomNode {
    }

    /** Subscript, {@code ~x~}. */
    static final class Subscript extends CustomNode {
    }

    /** Deleted text, {@code ~~x~~}. */
    static final class Delete extends CustomNode {
    }

    static DelimiterProcessor superscript() {
        return new Processor('^', 1, false) {
            @Override
            Node create() {
                return new Superscript();
            }
        };
    }

    static DelimiterProcessor subscript() {
        return new Processor('~', 1, false) {
            @Override
            Node create() {
                return new Subscript();
            }
        };
    }

    static DelimiterProcessor mark(boolean smart) {
        return new Processor('=', 2, smart) {
            @Override
            Node create() {
                return new Mark();
            }
        };
    }

    static DelimiterProcessor insert(boolean smart) {
        return new Processor('^', 2, smart) {
            @Override
            Node create() {
                return new Insert();
            }
        };
    }

    static DelimiterProcessor delete(boolean smart) {
        return new Processor('~', 2, smart) {
            @Override
            Node create() {
                return new Delete();
            }
        };
    }

    private abstract static class Processor implements DelimiterProcessor {
        private final char character;
        private final int length;
        private final boolean smart;

        Processor(char character, int length, boolean smart) {
            this.character = character;
            this.length = length;
            this.smart = smart;
        }

        abstract Node create();

        @Override
        public char getOpeningCharacter() {
            return character;
        }

        @Override
        public char getClosingCharacter() {
            return character;
        }

        @Override
        public int getMinLength() {
            return length;
        }

        @Override
        public int process(DelimiterRun openingRun, DelimiterRun closingRun) {
            if (openingRun.length() < length || closingRun.length() < length) {
                return 0;
            }
            Text opener = openingRun.getOpener();
            if (length == 1 && holdsWhitespace(opener, closingRun.getCloser())) {
                return 0;
            }
            // A run is one text node per character: the word test looks past the whole run.
            if (smart && (wordBefore(first(openingRun.getOpeners(openingRun.length())))
                    || wordAfter(last(closingRun.getClosers(closingRun.length()))))) {
                return 0;
            }
            Node wrapper = create();
            SourceSpans spans = new SourceSpans();
            spans.addAllFrom(openingRun.getOpeners(length));
            for (Node node : Nodes.between(opener, closingRun.getCloser())) {
                wrapper.appendChild(node);
                spans.addAll(node.getSourceSpans());
            }
            spans.addAllFrom(closingRun.getClosers(length));
            wrapper.setSourceSpans(spans.getSourceSpans());
            opener.insertAfter(wrapper);
            return length;
        }

        private static Text first(Iterable<Text> run) {
            return run.iterator().next();
        }

        private static Text last(Iterable<Text> run) {
            Text last = null;
            for (Text text : run) {
                last = text;
            }
            return last;
        }

        /** A letter, digit or underscore right before the opening run: it is inside a word. */
        private static boolean wordBefore(Text opener) {
            return opener.getPrevious() instanceof Text text && !text.getLiteral().isEmpty()
                    && isWord(text.getLiteral().charAt(text.getLiteral().length() - 1));
        }

        private static boolean wordAfter(Text closer) {
            return closer.getNext() instanceof Text text && !text.getLiteral().isEmpty()
                    && isWord(text.getLiteral().charAt(0));
        }

        private static boolean isWord(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        private static boolean holdsWhitespace(Text opener, Text closer) {
            for (Node node : Nodes.between(opener, closer)) {
                if (!(node instanceof Text text) || text.getLiteral().chars().anyMatch(Character::isWhitespace)) {
                    return true;
                }
            }
            return false;
        }
    }
}
