package dev.folio.parser.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Emphasis as Python-Markdown reads it, or pymdownx.betterem where the site lists it: after commonmark-java's parse,
 * each run of inline content is read again with their regular expressions, in their order, so that {@code *a **b***},
 * {@code __smart __break__} or {@code *All will *be italic*} pair as on the site's published pages (CommonMark's
 * delimiter stack pairs them differently). Everything but text, soft line breaks and emphasis (code, links, HTML,
 * line breaks, escapes, the other extensions' nodes) is kept whole: one placeholder in the text, as Python-Markdown
 * stashes what its earlier patterns matched.
 *
 * <p>A port of Python-Markdown's {@code AsteriskProcessor}/{@code UnderscoreProcessor} and pymdownx's
 * {@code PatternSequenceProcessor} with its four pattern tables: patterns are tried at each token, first match wins;
 * content is read by the patterns after the one that matched; the text of the element and of its children goes on
 * to the next processor, the text after its children to the same one again.
 */
final class PythonEmphasis {
    /** A node kept whole, as Python-Markdown's stash placeholder: neither a word character nor a space. */
    static final char ATOM = '\uFDD2';
    /**
     * Stands where the backslash of an escape was, before the escaped character (written by {@link PythonEscapeSyntax},
     * dropped by {@link TextSplitter}): neither a word character nor a space, as Python-Markdown's placeholder.
     */
    static final char ESCAPE = '\uFDD3';
    /** An escaped asterisk or underscore after {@link #ESCAPE}: never a token; read back as the character here. */
    static final char ESCAPED_STAR = '\uFDD0';
    static final char ESCAPED_UNDERSCORE = '\uFDD1';
    /**
     * The regular expressions try every token against the rest of the text: tokens × length bounds their work. Above
     * these bounds, for one run or for the whole page, the rest keeps CommonMark's reading, so that a hostile page of
     * thousands of asterisks costs a fraction of a second (ordinary paragraphs cost thousands).
     */
    private static final long RUN_BUDGET = 4_000_000;
    private static final long PAGE_BUDGET = 40_000_000;
    private static final int FLAGS = Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS;

    private enum Builder { SINGLE, DOUBLE, DOUBLE2 }

    /** One pattern: how its groups nest ({@code outer} around {@code inner}, or one tag). */
    private record Rule(Pattern pattern, Builder builder, String outer, String inner, boolean fullRecursion) {
        static Rule of(String regex, Builder builder, String tags) {
            return of(regex, builder, tags, false);
        }

        static Rule of(String regex, Builder builder, String tags, boolean fullRecursion) {
            String[] names = tags.split(",");
            return new Rule(Pattern.compile(regex, FLAGS), builder, names[0], names.length > 1 ? names[1] : null,
                    fullRecursion);
        }
    }

    private record Processor(char token, List<Rule> rules) {
    }

    /** The emphasis rules of one site: Python-Markdown's own, or betterem's with its {@code smart_enable}. */
    static final class Rules {
        private final Pattern notStrong;
        private final List<Processor> processors;
        /**
         * Whether CommonMark's reading stands where it left no token unpaired and nested no emphasis: asterisks that
         * pair inside words too, and underscores that never do (Python-Markdown's, betterem's defaults).
         */
        private final boolean simpleAgrees;

        private Rules(String notStrong, Processor asterisk, Processor underscore) {
            this.notStrong = Pattern.compile(notStrong, FLAGS);
            this.processors = List.of(asterisk, underscore);
            this.simpleAgrees = asterisk != BetterEm.SMART_ASTERISK && underscore != BetterEm.UNDERSCORE;
        }

        static final Rules PYTHON_MARKDOWN = new Rules("((^|(?<=\\s))(\\*{1,3}|_{1,3})(?=\\s|$))",
                new Processor('*', List.of(
                        Rule.of("(\\*)\\1{2}(.+?)\\1(.*?)\\1{2}", Builder.DOUBLE, "strong,em"),
                        Rule.of("(\\*)\\1{2}(.+?)\\1{2}(.*?)\\1", Builder.DOUBLE, "em,strong"),
                        Rule.of("(\\*)\\1(?!\\1)([^*]+?)\\1(?!\\1)(.+?)\\1{3}", Builder.DOUBLE2, "strong,em"),
                        Rule.of("(\\*{2})(.+?)\\1", Builder.SINGLE, "strong"),
                        Rule.of("(\\*)([^\\*]+)\\1", Builder.SINGLE, "em"))),
                new Processor('_', List.of(
                        Rule.of("(_)\\1{2}(.+?)\\1(.*?)\\1{2}", Builder.DOUBLE, "strong,em"),
                        Rule.of("(_)\\1{2}(.+?)\\1{2}(.*?)\\1", Builder.DOUBLE, "em,strong"),
                        Rule.of("(?<!\\w)(\\_)\\1(?!\\1)(.+?)(?<!\\w)\\1(?!\\1)(.+?)\\1{3}(?!\\w)", Builder.DOUBLE2,
                                "strong,em"),
                        Rule.of("(?<!\\w)(_{2})(?!_)(.+?)(?<!_)\\1(?!\\w)", Builder.SINGLE, "strong"),
                        Rule.of("(?<!\\w)(_)(?!_)(.+?)(?<!_)\\1(?!\\w)", Builder.SINGLE, "em"))));

        /** pymdownx.betterem: {@code smart_enable} is {@code all}, {@code asterisk}, {@code underscore} or {@code none}. */
        static Rules betterEm(String smartEnable) {
            boolean all = "all".equals(smartEnable);
            return new Rules("((^|(?<=\\s))(\\*+|_+)(?=\\s|$))",
                    all || "asterisk".equals(smartEnable) ? BetterEm.SMART_ASTERISK : BetterEm.ASTERISK,
                    all || "underscore".equals(smartEnable) ? BetterEm.SMART_UNDERSCORE : BetterEm.UNDERSCORE);
        }
    }

    /** pymdownx.betterem's pattern tables, as its source composes them. */
    private static final class BetterEm {
        static final String SMART_UNDER_CONTENT = "(.+?_*?)";
        static final String SMART_STAR_CONTENT = "(.+?\\**?)";
        static final String SMART_STAR_LIMITED = "((?:[^\\*]|(?<=\\w)\\*+?(?=\\w)|(?<=\\s)\\*+?(?=\\s))+?)";
        static final String SMART_UNDER_LIMITED = "((?:[^_]|(?<=[^\\W_])_+?(?=[^\\W_])|(?<=\\s)_+?(?=\\s))+?)";
        static final String UNDER_CONTENT = "(_|(?:(?<=\\s)_|[^_])+?)";
        static final String UNDER_CONTENT2 = "((?:[^_]|(?<!_{2})_)+?)";
        static final String STAR_CONTENT = "(\\*|(?:(?<=\\s)\\*|[^\\*])+?)";
        static final String STAR_CONTENT2 = "((?:[^\\*]|(?<!\\*{2})\\*)+?)";
        /** Smart asterisks' word boundary: an underscore or anything but a word character or asterisk. */
        static final String STAR_OPEN = "(?:(?<=_)|(?<![\\w\\*]))";
        static final String STAR_CLOSE = "(?:(?=_)|(?![\\w\\*]))";

        static final Processor ASTERISK = new Processor('*', List.of(
                Rule.of("(\\*{3})(?!\\s)(\\*{1,2}|[^\\*]+?)(?<!\\s)\\1", Builder.DOUBLE, "strong,em"),
                Rule.of("(\\*{3})(?![\\s\\*])" + STAR_CONTENT + "(?<!\\s)\\*{2}" + STAR_CONTENT + "(?<!\\s)\\*",
                        Builder.DOUBLE, "em,strong"),
                Rule.of("(\\*{3})(?![\\s\\*])" + STAR_CONTENT + "(?<!\\s)\\*" + STAR_CONTENT + "(?<!\\s)\\*{2}",
                        Builder.DOUBLE, "strong,em"),
                Rule.of("(\\*{2})(?![\\s\\*])" + STAR_CONTENT + "\\*(?![\\s\\*])" + STAR_CONTENT + "(?<!\\s)\\*{3}",
                        Builder.DOUBLE2, "strong,em"),
                Rule.of("(\\*{2})(?!\\s)" + STAR_CONTENT2 + "(?<!\\s)\\1", Builder.SINGLE, "strong"),
                Rule.of("(?<!\\*)(\\*)(?![\\*\\s])" + STAR_CONTENT + "\\*{2}" + STAR_CONTENT + "\\*{3}",
                        Builder.DOUBLE2, "em,strong"),
                Rule.of("(?<!\\*)(\\*)(?![\\*\\s])((?:[^\\*]|\\*{2,})+?)(?<![\\*\\s])(\\*)(?!\\*)", Builder.SINGLE,
                        "em", true),
                Rule.of("(\\*)(?!\\s)" + STAR_CONTENT + "(?<!\\s)\\1", Builder.SINGLE, "em")));

        static final Processor UNDERSCORE = new Processor('_', List.of(
                Rule.of("(_{3})(?!\\s)(_{1,2}|[^_]+?)(?<!\\s)\\1", Builder.DOUBLE, "strong,em"),
                Rule.of("(_{3})(?![\\s_])" + UNDER_CONTENT + "(?<!\\s)_{2}" + UNDER_CONTENT + "(?<!\\s)_",
                        Builder.DOUBLE, "em,strong"),
                Rule.of("(_{3})(?![\\s_])" + UNDER_CONTENT + "(?<!\\s)_" + UNDER_CONTENT + "(?<!\\s)_{2}",
                        Builder.DOUBLE, "strong,em"),
                Rule.of("(_{2})(?![\\s_])" + UNDER_CONTENT + "_(?![\\s_])" + UNDER_CONTENT + "(?<!\\s)_{3}",
                        Builder.DOUBLE2, "strong,em"),
                Rule.of("(_{2})(?!\\s)" + UNDER_CONTENT2 + "(?<!\\s)\\1", Builder.SINGLE, "strong"),
                Rule.of("(?<!_)(_)(?![_\\s])" + UNDER_CONTENT + "_{2}" + UNDER_CONTENT + "_{3}", Builder.DOUBLE2,
                        "em,strong"),
                Rule.of("(?<!_)(_)(?![_\\s])((?:[^_]|_{2,})+?)(?<![_\\s])(_)(?!_)", Builder.SINGLE, "em", true),
                Rule.of("(_)(?!\\s)" + UNDER_CONTENT + "(?<!\\s)\\1", Builder.SINGLE, "em")));

        static final Processor SMART_ASTERISK = new Processor('*', List.of(
                Rule.of(STAR_OPEN + "(\\*{3})(?![\\s\\*])" + SMART_STAR_CONTENT + "(?<!\\s)\\1" + STAR_CLOSE,
                        Builder.DOUBLE, "strong,em"),
                Rule.of(STAR_OPEN + "(\\*{3})(?![\\s\\*])" + SMART_STAR_LIMITED + "(?<![\\s\\*])\\*{2}" + STAR_CLOSE
                        + SMART_STAR_LIMITED + "(?<![\\s\\*])\\*" + STAR_CLOSE, Builder.DOUBLE, "em,strong"),
                Rule.of(STAR_OPEN + "(\\*{3})(?![\\s\\*])" + SMART_STAR_LIMITED + "(?<![\\s\\*])\\*" + STAR_CLOSE
                        + SMART_STAR_LIMITED + "(?<![\\s\\*])\\*{2}" + STAR_CLOSE, Builder.DOUBLE, "strong,em"),
                Rule.of(STAR_OPEN + "(\\*{2})(?![\\s\\*])" + SMART_STAR_LIMITED + STAR_OPEN + "\\*(?![\\s\\*])"
                        + SMART_STAR_LIMITED + "(?<![\\s\\*])\\*{3}" + STAR_CLOSE, Builder.DOUBLE2, "strong,em"),
                Rule.of(STAR_OPEN + "(\\*{2})(?![\\s\\*])" + SMART_STAR_CONTENT + "(?<!\\s)\\1" + STAR_CLOSE,
                        Builder.SINGLE, "strong"),
                Rule.of(STAR_OPEN + "(\\*)(?![\\s\\*])" + SMART_STAR_LIMITED + STAR_OPEN + "\\*{2}(?![\\s\\*])"
                        + SMART_STAR_LIMITED + "(?<!\\s)\\*{3}" + STAR_CLOSE, Builder.DOUBLE2, "em,strong"),
                Rule.of(STAR_OPEN + "(\\*)(?![\\*\\s])((?:[^\\*]|\\*{2,})+?)(?<![\\*\\s])(\\*)" + STAR_CLOSE,
                        Builder.SINGLE, "em", true),
                Rule.of(STAR_OPEN + "(\\*)(?![\\s\\*])" + SMART_STAR_CONTENT + "(?<!\\s)\\1" + STAR_CLOSE,
                        Builder.SINGLE, "em")));

        static final Processor SMART_UNDERSCORE = new Processor('_', List.of(
                Rule.of("(?<!\\w)(_{3})(?![\\s_])" + SMART_UNDER_CONTENT + "(?<!\\s)\\1(?!\\w)", Builder.DOUBLE,
                        "strong,em"),
                Rule.of("(?<!\\w)(_{3})(?![\\s_])" + SMART_UNDER_LIMITED + "(?<!\\s)_{2}(?!\\w)" + SMART_UNDER_LIMITED
                        + "(?<!\\s)_(?!\\w)", Builder.DOUBLE, "em,strong"),
                Rule.of("(?<!\\w)(_{3})(?![\\s_])" + SMART_UNDER_LIMITED + "(?<!\\s)_(?!\\w)" + SMART_UNDER_LIMITED
                        + "(?<!\\s)_{2}(?!\\w)", Builder.DOUBLE, "strong,em"),
                Rule.of("(?<!\\w)(_{2})(?![\\s_])" + SMART_UNDER_LIMITED + "(?<!\\w)_(?![\\s_])" + SMART_UNDER_LIMITED
                        + "(?<!\\s)_{3}(?!\\w)", Builder.DOUBLE2, "strong,em"),
                Rule.of("(?<!\\w)(_{2})(?![\\s_])" + SMART_UNDER_CONTENT + "(?<!\\s)\\1(?!\\w)", Builder.SINGLE,
                        "strong"),
                Rule.of("(?<!\\w)(_)(?![\\s_])" + SMART_UNDER_LIMITED + "(?<!\\w)_{2}(?![\\s_])" + SMART_UNDER_LIMITED
                        + "(?<!\\s)_{3}(?!\\w)", Builder.DOUBLE2, "em,strong"),
                Rule.of("(?<![\\w_])(_)(?![_\\s])((?:[^_]|_{2,})+?)(?<![_\\s])(_)(?!\\w)", Builder.SINGLE, "em", true),
                Rule.of("(?<!\\w)(_)(?![\\s_])" + SMART_UNDER_CONTENT + "(?<!\\s)\\1(?!\\w)", Builder.SINGLE, "em")));

        private BetterEm() {
        }
    }

    /**
     * Text with {@link #ATOM}s, each standing for the next of {@code atoms}; {@code at} holds where each character
     * was in the file: its line, column and input index, three ints per character.
     */
    private record Chars(String text, List<Node> atoms, int[] at) {
        Chars slice(int from, int to) {
            int first = count(text, 0, from);
            return new Chars(text.substring(from, to), atoms.subList(first, first + count(text, from, to)),
                    Arrays.copyOfRange(at, 3 * from, 3 * to));
        }

        /** A span from character {@code from} over {@code length} characters, cut at the line's end. */
        List<SourceSpan> span(int from, int length) {
            if (from >= text.length() || at[3 * from] < 0) {
                return List.of();
            }
            int last = from;
            while (last + 1 < from + length && last + 1 < text.length() && at[3 * last + 3] == at[3 * from]
                    && at[3 * last + 4] > at[3 * last + 1]) {
                last++;
            }
            return List.of(SourceSpan.of(at[3 * from], at[3 * from + 1], at[3 * from + 2],
                    at[3 * last + 1] - at[3 * from + 1] + 1));
        }

        private static int count(String text, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == ATOM) {
                    n++;
                }
            }
            return n;
        }
    }

    /** What a pattern built: a tag, where its match was, and its content ({@link Chars}, nested {@code Element}s). */
    private record Element(String tag, List<SourceSpan> span, List<Object> content) {
        Element(String tag, List<SourceSpan> span) {
            this(tag, span, new ArrayList<>());
        }
    }

    private final Rules rules;
    private long budget = PAGE_BUDGET;

    private PythonEmphasis(Rules rules) {
        this.rules = rules;
    }

    /** Reads the emphasis of every inline run under {@code root} again with {@code rules}. */
    static void rewrite(Node root, Rules rules) {
        List<Node> containers = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (!isEmphasis(node) && holdsEmphasis(node)) {
                containers.add(node);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
            }
        }
        PythonEmphasis reader = new PythonEmphasis(rules);
        containers.forEach(reader::reread);
    }

    private static boolean isEmphasis(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis;
    }

    private static boolean holdsEmphasis(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (isEmphasis(child) || child instanceof Text text && hasToken(text.getLiteral())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToken(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '*' || c == '_' || c == ESCAPED_STAR || c == ESCAPED_UNDERSCORE) {
                return true;
            }
        }
        return false;
    }

    private void reread(Node container) {
        if (rules.simpleAgrees && simple(container)) {
            restoreEscapes(container); // the common case, read alike by both: nothing to pair again
            return;
        }
        Flattened flat = new Flattened();
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            flat.add(child);
        }
        List<Node> nodes;
        long cost = (long) flat.text.length() * flat.tokens;
        if (cost > RUN_BUDGET || cost > budget) {
            nodes = null;
        } else {
            budget -= cost;
            try {
                nodes = inline(stashLoneTokens(flat.chars()), 0);
            } catch (StackOverflowError tooDeep) {
                nodes = null; // a pattern's repetition on a very long run: CommonMark's reading stays
            }
        }
        if (nodes == null) {
            restoreEscapes(container);
            return;
        }
        while (container.getFirstChild() != null) {
            container.getFirstChild().unlink();
        }
        for (Node node : nodes) {
            container.appendChild(node);
        }
        mergeTexts(container);
    }

    /**
     * Whether CommonMark paired every token of the container and nested no emphasis: its texts hold no asterisk, and
     * underscores only between letters, where neither dialect's rules (underscores smart) take one.
     */
    private static boolean simple(Node container) {
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text ? !plain(text.getLiteral()) : isEmphasis(child) && !simpleEmphasis(child)) {
                return false;
            }
        }
        return true;
    }

    private static boolean simpleEmphasis(Node emphasis) {
        for (Node child = emphasis.getFirstChild(); child != null; child = child.getNext()) {
            if (isEmphasis(child) || child instanceof Text text && !plain(text.getLiteral())) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '*' || c == '_' && (i == 0 || i == literal.length() - 1
                    || !Character.isLetterOrDigit(literal.charAt(i - 1))
                    || !Character.isLetterOrDigit(literal.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** A container's content as Python-Markdown's text: emphasis undone, other nodes as placeholders. */
    private static final class Flattened {
        final StringBuilder text = new StringBuilder();
        final List<Node> atoms = new ArrayList<>();
        int tokens;
        private int[] at = new int[48];

        void add(Node node) {
            if (node instanceof Text t) {
                String literal = t.getLiteral();
                SourceSpan span = t.getSourceSpans().isEmpty() ? null : t.getSourceSpans().get(0);
                for (int i = 0; i < literal.length(); i++) {
                    char c = literal.charAt(i);
                    if (c == ATOM) {
                        atoms.add(new Text(String.valueOf(ATOM)));
                    }
                    append(c, span, span == null ? 0 : Math.min(i, span.getLength() - 1));
                }
            } else if (node instanceof SoftLineBreak) {
                append('\n', first(node), 0);
            } else if (node instanceof Emphasis emphasis) {
                delimited(node, emphasis.getOpeningDelimiter(), emphasis.getClosingDelimiter());
            } else if (node instanceof StrongEmphasis strong) {
                delimited(node, strong.getOpeningDelimiter(), strong.getClosingDelimiter());
            } else {
                atoms.add(node);
                append(ATOM, first(node), 0);
            }
        }

        private void delimited(Node node, String opening, String closing) {
            List<SourceSpan> spans = node.getSourceSpans();
            SourceSpan start = spans.isEmpty() ? null : spans.get(0);
            SourceSpan end = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            for (int i = 0; i < opening.length(); i++) {
                append(opening.charAt(i), start, i);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                add(child);
            }
            for (int i = 0; i < closing.length(); i++) {
                append(closing.charAt(i), end, end == null ? 0 : end.getLength() - closing.length() + i);
            }
        }

        private static SourceSpan first(Node node) {
            return node.getSourceSpans().isEmpty() ? null : node.getSourceSpans().get(0);
        }

        private void append(char c, SourceSpan span, int offset) {
            int n = text.length();
            if (3 * n + 3 > at.length) {
                at = Arrays.copyOf(at, at.length * 2);
            }
            at[3 * n] = span == null ? -1 : span.getLineIndex();
            at[3 * n + 1] = span == null ? -1 : span.getColumnIndex() + Math.max(0, offset);
            at[3 * n + 2] = span == null ? -1 : span.getInputIndex() + Math.max(0, offset);
            text.append(c);
            if (c == '*' || c == '_') {
                tokens++;
            }
        }

        Chars chars() {
            return new Chars(text.toString(), atoms, Arrays.copyOf(at, 3 * text.length()));
        }
    }

    /** Python-Markdown's {@code not_strong}: a run of tokens between spaces is text, stashed before emphasis. */
    private Chars stashLoneTokens(Chars chars) {
        Matcher m = rules.notStrong.matcher(chars.text);
        if (!m.find()) {
            return chars;
        }
        Chars out = chars;
        int shift = 0;
        do {
            Text run = new Text(m.group());
            run.setSourceSpans(chars.span(m.start(), m.group().length()));
            out = replace(out, m.start() - shift, m.end() - shift, run);
            shift += m.group().length() - 1;
        } while (m.find());
        return out;
    }

    /** {@code chars} with characters {@code from} to {@code to} as one placeholder for {@code node}. */
    private static Chars replace(Chars chars, int from, int to, Node node) {
        int before = Chars.count(chars.text, 0, from);
        List<Node> atoms = new ArrayList<>(chars.atoms);
        atoms.subList(before, before + Chars.count(chars.text, from, to)).clear();
        atoms.add(before, node);
        int[] at = new int[chars.at.length - 3 * (to - from - 1)];
        System.arraycopy(chars.at, 0, at, 0, 3 * from + 3);
        System.arraycopy(chars.at, 3 * to, at, 3 * from + 3, chars.at.length - 3 * to);
        return new Chars(chars.text.substring(0, from) + ATOM + chars.text.substring(to), atoms, at);
    }

    /**
     * Python-Markdown's inline loop from processor {@code first} on: at each token, the first pattern that matches
     * makes an element, which takes the matched text's place as one placeholder; the search starts over.
     */
    private List<Node> inline(Chars chars, int first) {
        Chars current = chars;
        for (int p = first; p < rules.processors.size(); p++) {
            Processor processor = rules.processors.get(p);
            int at = current.text.indexOf(processor.token);
            while (at >= 0) {
                Matcher m = matchAt(processor, current.text, at);
                if (m == null) {
                    at = current.text.indexOf(processor.token, at + 1);
                    continue;
                }
                Node built = materialize(build(current, m, ruleOf(processor, m)), p);
                current = replace(current, m.start(), m.end(), built);
                at = current.text.indexOf(processor.token);
            }
        }
        return nodes(current);
    }

    /** The first of the processor's patterns that matches at {@code at}, or null. */
    private static Matcher matchAt(Processor processor, String text, int at) {
        for (int i = 0; i < processor.rules.size(); i++) {
            Matcher m = processor.rules.get(i).pattern.matcher(text);
            m.region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    private static Rule ruleOf(Processor processor, Matcher m) {
        for (Rule rule : processor.rules) {
            if (rule.pattern == m.pattern()) {
                return rule;
            }
        }
        throw new IllegalStateException("a match of no rule");
    }

    private Element build(Chars chars, Matcher m, Rule rule) {
        Processor processor = processorOf(rule);
        int index = processor.rules.indexOf(rule);
        List<SourceSpan> span = chars.span(m.start(), m.end() - m.start());
        Element outer = new Element(rule.outer, span);
        switch (rule.builder) {
            case SINGLE -> subPatterns(chars.slice(m.start(2), m.end(2)), outer, processor, rule, index);
            case DOUBLE -> {
                Element inner = new Element(rule.inner, span);
                subPatterns(chars.slice(m.start(2), m.end(2)), inner, processor, rule, index);
                outer.content.add(inner);
                if (m.groupCount() == 3) {
                    subPatterns(chars.slice(m.start(3), m.end(3)), outer, processor, rule, index);
                }
            }
            case DOUBLE2 -> {
                subPatterns(chars.slice(m.start(2), m.end(2)), outer, processor, rule, index);
                Element inner = new Element(rule.inner, span);
                outer.content.add(inner);
                subPatterns(chars.slice(m.start(3), m.end(3)), inner, processor, rule, index);
            }
        }
        return outer;
    }

    private Processor processorOf(Rule rule) {
        return rules.processors.stream().filter(p -> p.rules.contains(rule)).findFirst().orElseThrow();
    }

    /** {@code parse_sub_patterns}: the content of a match, read with the patterns after the one that matched. */
    private void subPatterns(Chars chars, Element parent, Processor processor, Rule rule, int index) {
        String text = chars.text;
        int offset = 0;
        int pos = 0;
        while (pos < text.length()) {
            if (text.charAt(pos) != processor.token) {
                pos++;
                continue;
            }
            boolean matched = false;
            for (int i = rule.fullRecursion ? 0 : index + 1; i < processor.rules.size(); i++) {
                Rule next = processor.rules.get(i);
                Matcher m = next.pattern.matcher(text);
                m.region(pos, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
                if (m.lookingAt()) {
                    if (m.start() > offset) {
                        parent.content.add(chars.slice(offset, m.start()));
                    }
                    parent.content.add(build(chars, m, next));
                    offset = pos = m.end();
                    matched = true;
                }
            }
            if (!matched) {
                pos++;
            }
        }
        if (offset < text.length()) {
            parent.content.add(chars.slice(offset, text.length()));
        }
    }

    /**
     * The element as nodes. As Python-Markdown goes on after a match: the text of the element and of its children is
     * read by the next processors, the text after each child by this one again; deeper text stays as built.
     */
    private Node materialize(Element top, int processor) {
        Node node = container(top);
        for (int i = 0; i < top.content.size(); i++) {
            Object piece = top.content.get(i);
            if (piece instanceof Chars chars) {
                inline(chars, i == 0 ? processor + 1 : processor).forEach(node::appendChild);
            } else {
                Element child = (Element) piece;
                Node childNode = container(child);
                for (int j = 0; j < child.content.size(); j++) {
                    Object inner = child.content.get(j);
                    if (inner instanceof Chars chars) {
                        (j == 0 ? inline(chars, processor + 1) : nodes(chars)).forEach(childNode::appendChild);
                    } else {
                        childNode.appendChild(plain((Element) inner));
                    }
                }
                node.appendChild(childNode);
            }
        }
        return node;
    }

    private Node plain(Element element) {
        Node node = container(element);
        for (Object piece : element.content) {
            if (piece instanceof Chars chars) {
                nodes(chars).forEach(node::appendChild);
            } else {
                node.appendChild(plain((Element) piece));
            }
        }
        return node;
    }

    private static Node container(Element element) {
        Node node = "strong".equals(element.tag) ? new StrongEmphasis("**") : new Emphasis("*");
        node.setSourceSpans(element.span);
        return node;
    }

    /** Text, soft line breaks and the kept nodes, in order. */
    private static List<Node> nodes(Chars chars) {
        List<Node> out = new ArrayList<>();
        String text = chars.text;
        int atom = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ATOM;
            if (c != ATOM && c != '\n') {
                continue;
            }
            if (i > start) {
                Text piece = new Text(text.substring(start, i));
                piece.setSourceSpans(chars.span(start, i - start));
                out.add(piece);
            }
            if (i < text.length()) {
                Node node = c == ATOM ? chars.atoms.get(atom++) : new SoftLineBreak();
                if (c == '\n') {
                    node.setSourceSpans(chars.span(i, 1));
                }
                out.add(node);
            }
            start = i + 1;
        }
        return out;
    }

    /** Adjacent texts as one (as commonmark-java leaves them), escapes back to their characters. */
    private static void mergeTexts(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof Text text) {
                while (next instanceof Text following) {
                    text.setLiteral(text.getLiteral() + following.getLiteral());
                    following.getSourceSpans().forEach(text::addSourceSpan);
                    next = following.getNext();
                    following.unlink();
                }
                text.setLiteral(unescape(text.getLiteral()));
            } else if (isEmphasis(child)) {
                mergeTexts(child);
            }
            child = next;
        }
    }

    /** The escaped characters of every text under {@code node}, back as they read. */
    static void restoreEscapes(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                text.setLiteral(unescape(text.getLiteral()));
            } else {
                restoreEscapes(child);
            }
        }
    }

    private static String unescape(String literal) {
        if (literal.indexOf(ESCAPED_STAR) < 0 && literal.indexOf(ESCAPED_UNDERSCORE) < 0) {
            return literal;
        }
        return literal.replace(ESCAPED_STAR, '*').replace(ESCAPED_UNDERSCORE, '_');
    }
}
