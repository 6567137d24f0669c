package dev.folio.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import dev.folio.model.doc.Critic;

/**
 * pymdownx.critic ({@code {++added++}}, {@code {--deleted--}}, {@code {~~old~>new~~}}, {@code {==marked==}},
 * {@code {>>comment<<}}) and pymdownx.arithmatex ({@code $x$} inline, {@code $$} blocks), kept as their own
 * nodes with their text as written. Inline forms stay on one line.
 */
final class CriticAndMathSyntax {
    private static final Pattern CRITIC = Pattern.compile(
            "^\\{(?:\\+\\+(.+?)\\+\\+|--(.+?)--|~~(.+?)~>(.*?)~~|==(.+?)==|>>(.+?)<<)\\}");
    /**
     * Not a price: no space just inside the dollars, no digit right after the closing one. Written
     * without a repeated group, so a long line of dollars cannot overflow the regex engine's stack.
     */
    private static final Pattern MATH = Pattern.compile("^\\$(?![\\s$])([^$\\n]{1,1000}?)(?<!\\s)\\$(?!\\d)");
    /** arithmatex's other inline form, {@code \\(x\\)}. */
    private static final Pattern PAREN_MATH = Pattern.compile("^\\\\\\(((?:\\\\[^)]|[^\\\\]){1,1000}?)\\\\\\)");

    private CriticAndMathSyntax() {
    }

    static final class CriticNode extends CustomNode {
        final Critic.Kind kind;
        final String content;
        final String replacement;

        CriticNode(Critic.Kind kind, String content, String replacement) {
            this.kind = kind;
            this.content = content;
            this.replacement = replacement;
        }
    }

    static final class MathInline extends CustomNode {
        final String tex;

        MathInline(String tex) {
            this.tex = tex;
        }
    }

    static final class MathBlock extends CustomBlock {
        final StringBuilder tex = new StringBuilder();
    }

    static InlineContentParserFactory critic() {
        return new LineTokenFactory('{', "+-~=>", 2000, CRITIC) {
            @Override
            Node create(Matcher m) {
                if (m.group(1) != null) {
                    return new CriticNode(Critic.Kind.ADDITION, m.group(1), "");
                }
                if (m.group(2) != null) {
                    return new CriticNode(Critic.Kind.DELETION, m.group(2), "");
                }
                if (m.group(3) != null) {
                    return new CriticNode(Critic.Kind.SUBSTITUTION, m.group(3), m.group(4));
                }
                if (m.group(5) != null) {
                    return new CriticNode(Critic.Kind.HIGHLIGHT, m.group(5), "");
                }
                return new CriticNode(Critic.Kind.COMMENT, m.group(6), "");
            }
        };
    }

    static InlineContentParserFactory math() {
        return new LineTokenFactory('$', "", 1002, MATH) {
            @Override
            Node create(Matcher m) {
                return new MathInline(m.group(1));
            }
        };
    }

    static InlineContentParserFactory parenthesisedMath() {
        return new LineTokenFactory('\\', "(", 1006, PAREN_MATH) {
            @Override
            Node create(Matcher m) {
                return new MathInline(m.group(1));
            }
        };
    }

    /**
     * A block of display math, as arithmatex reads one: between {@code $$} lines, or from a line starting
     * {@code $$}, {@code \\[} or {@code \\begin{env}} to the line ending {@code $$}, {@code \\]} or
     * {@code \\end{env}} (one line may hold both); an environment is kept whole, as arithmatex keeps it.
     */
    static final class BlockFactory extends AbstractBlockParserFactory {
        private static final Pattern BEGIN = Pattern.compile("^\\\\begin\\{([a-z]+\\*?)}");

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= IndentedBodyParser.INDENT || !matched.getParagraphLines().isEmpty()) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            String rest = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString().strip();
            String close;
            boolean keep = false;
            Matcher begin = BEGIN.matcher(rest);
            if (rest.startsWith("$$")) {
                close = "$$";
            } else if (rest.startsWith("\\[")) {
                close = "\\]";
            } else if (begin.find()) {
                close = "\\end{" + begin.group(1) + "}";
                keep = true;
            } else {
                return BlockStart.none();
            }
            return BlockStart.of(new MathBlockParser(keep ? "" : rest.substring(0, 2), close))
                    .atIndex(state.getNextNonSpaceIndex());
        }
    }

    private static final class MathBlockParser extends AbstractBlockParser {
        private final MathBlock block = new MathBlock();
        private final String open;
        private final String close;
        private boolean finished;

        /** @param open what the first line starts with and the formula leaves out ({@code $$}, empty to keep all) */
        MathBlockParser(String open, String close) {
            this.open = open;
            this.close = close;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return finished ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
        }

        /** The formula as written between the delimiters, line ends included ({@code $$\nx\n$$} holds {@code \nx\n}). */
        @Override
        public void addLine(SourceLine line) {
            String content = line.getContent().toString();
            if (!started) {
                started = true;
                content = content.strip().substring(open.length());
                if (content.stripTrailing().endsWith(close) && !(open.equals(close) && content.isBlank())) {
                    finish(content);
                    return;
                }
                block.tex.append(content);
                return;
            }
            block.tex.append('\n');
            if (content.stripTrailing().endsWith(close)) {
                finish(content);
            } else {
                block.tex.append(content);
            }
        }

        /** The closing line: its text before the closing delimiter (an environment keeps its end). */
        private void finish(String content) {
            String stripped = content.stripTrailing();
            block.tex.append(close.startsWith("\\end") ? stripped : stripped.substring(0, stripped.length() - close.length()));
            finished = true;
        }

        private boolean started;
    }
}
