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
 * {@code ^^x^^} (insert) and {@code ^x^} (superscript), pymdownx.tilde {@code ~x~} (subscript; the
 * doubled {@code ~~x~~} is GFM strikethrough). The single forms hold no whitespace, as in pymdownx.
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

    static DelimiterProcessor superscript() {
        return new Processor('^', 1) {
            @Override
            Node create() {
                return new Superscript();
            }
        };
    }

    static DelimiterProcessor subscript() {
        return new Processor('~', 1) {
            @Override
            Node create() {
                return new Subscript();
            }
        };
    }

    static DelimiterProcessor mark() {
        return new Processor('=', 2) {
            @Override
            Node create() {
                return new Mark();
            }
        };
    }

    static DelimiterProcessor insert() {
        return new Processor('^', 2) {
            @Override
            Node create() {
                return new Insert();
            }
        };
    }

    private abstract static class Processor implements DelimiterProcessor {
        private final char character;
        private final int length;

        Processor(char character, int length) {
            this.character = character;
            this.length = length;
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
