package dev.folio.render.kit.highlight;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Pygments lexer run as Pygments runs it: a stack of states, each an ordered list of rules; at each position the
 * first rule whose pattern matches there emits its token (or one per group, or hands its match to another lexer) and
 * changes the stack; a character no rule matches is an error token, a newline going back to the root state. The
 * tables are written from Pygments by {@code render-kit/tools/lexer-tables.py} (resources {@code lexers/*.txt}), so
 * the tokens and their classes are Pygments' own; the few lexer methods they call (YAML's indentation) are here.
 */
final class StateLexer implements Lexer {
    private static final String FOLDER = "lexers/";
    /** Which table lexes each language name, from the tables' index. */
    private static final Map<String, String> TABLE_OF_ALIAS = aliases();
    private static final Map<String, Optional<StateLexer>> LOADED = new ConcurrentHashMap<>();
    /** Rules that match without consuming, in a row, before the lexer moves on by one character. */
    private static final int MAX_EMPTY_STEPS = 64;
    private static final int MAX_CODE = 50_000;
    private static final int MAX_LINE = 5_000;
    private static final int MAX_OVERFLOWS = 8;
    private static final ThreadLocal<int[]> OVERFLOWS = ThreadLocal.withInitial(() -> new int[1]);

    private final String name;
    private final Map<String, List<StateRule>> states;
    private final List<NameRule> names;

    private record StateRule(Pattern pattern, Action action, String next) {
    }

    /** A post-pass over the tokens: a word of {@code from}'s class ({@code *}: any) takes class {@code to}. */
    private record NameRule(String from, String to, Set<String> words) {
    }

    private sealed interface Action permits Emit, Groups, Using, Callback, Nothing {
    }

    private record Emit(String cssClass) implements Action {
    }

    private record Groups(List<Action> actions) implements Action {
    }

    private record Using(String table, List<String> stack) implements Action {
    }

    private record Callback(String name, List<String> args) implements Action {
    }

    private record Nothing() implements Action {
    }

    private StateLexer(String name, Map<String, List<StateRule>> states, List<NameRule> names) {
        this.name = name;
        this.states = states;
        this.names = names;
    }

    /** The table for a language name (a Pygments alias), if Folio has one. */
    static Optional<Lexer> forLanguage(String language) {
        String table = TABLE_OF_ALIAS.get(language);
        return table == null ? Optional.empty() : table(table);
    }

    /** A table by its name (a Pygments lexer's class name), aliases or not. */
    static Optional<Lexer> table(String table) {
        return loaded(table).map(Lexer.class::cast);
    }

    private static Optional<StateLexer> loaded(String table) {
        return LOADED.computeIfAbsent(table, StateLexer::load);
    }

    @Override
    public List<Token> tokens(String code) {
        // Pygments lexes text ending with a newline; the tokens are cut back to the code.
        boolean added = !code.endsWith("\n");
        String text = added ? code + "\n" : code;
        List<Token> tokens = lex(text);
        List<Token> merged = new ArrayList<>();
        int end = code.length();
        int covered = 0;
        for (Token token : postPass(tokens, text)) {
            int from = Math.max(token.start(), covered);
            int to = Math.min(token.end(), end);
            if (from > covered) {
                Tokens.add(merged, "", covered, Math.min(from, end));
            }
            if (to > from) {
                Tokens.add(merged, token.cssClass(), from, to);
                covered = to;
            }
        }
        if (covered < end) {
            Tokens.add(merged, "", covered, end);
        }
        return merged;
    }

    /**
     * Code too long for the tables is shown plain: some of Pygments' patterns take time growing with the square of a
     * line's (or a block's) length, which a hostile page must not turn into a hung build.
     */
    private List<Token> lex(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text.length() > MAX_CODE || longestLine(text) > MAX_LINE) {
            tokens.add(new Token("", 0, text.length()));
            return tokens;
        }
        try {
            run(text, new ArrayDeque<>(List.of("root")), tokens, 0);
        } catch (TooDeep e) {
            tokens.clear();
            tokens.add(new Token("", 0, text.length()));
        } finally {
            OVERFLOWS.remove();
        }
        return tokens;
    }

    /** Code on which the patterns overflowed the stack again and again: each overflow costs a deep recursion. */
    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            longest = Math.max(longest, end - start);
            start = end + 1;
        }
        return Math.max(longest, text.length() - start);
    }

    private List<Token> postPass(List<Token> tokens, String text) {
        if (names.isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            String value = text.substring(token.start(), token.end());
            String cssClass = token.cssClass();
            for (NameRule rule : names) {
                if ((rule.from().equals("*") || rule.from().equals(cssClass)) && rule.words().contains(value)) {
                    cssClass = rule.to();
                    if (!rule.from().equals("*")) {
                        break;
                    }
                }
            }
            out.add(cssClass.equals(token.cssClass()) ? token : new Token(cssClass, token.start(), token.end()));
        }
        return out;
    }

    /** Lexes {@code text} from {@code stack}, adding tokens shifted by {@code offset}. */
    private void run(String text, Deque<String> stack, List<Token> out, int offset) {
        Context context = new Context(stack);
        Map<Pattern, Matcher> matchers = new HashMap<>();
        int length = text.length();
        int emptySteps = 0;
        while (context.pos < length) {
            List<StateRule> rules = states.getOrDefault(stack.peekLast(), List.of());
            boolean matched = false;
            for (StateRule rule : rules) {
                Matcher matcher = matchers.computeIfAbsent(rule.pattern(),
                        p -> p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
                if (!lookingAt(matcher, context.pos, length)) {
                    continue;
                }
                int before = context.pos;
                act(rule.action(), matcher.toMatchResult(), text, context, out, offset);
                if (rule.action() instanceof Emit || rule.action() instanceof Groups || rule.action() instanceof Using
                        || rule.action() instanceof Nothing) {
                    context.pos = matcher.end();
                }
                change(stack, rule.next());
                matched = true;
                emptySteps = context.pos == before ? emptySteps + 1 : 0;
                break;
            }
            if (!matched || emptySteps > MAX_EMPTY_STEPS) {
                emptySteps = 0;
                if (text.charAt(context.pos) == '\n') {
                    stack.clear();
                    stack.add("root");
                    out.add(new Token("w", offset + context.pos, offset + context.pos + 1));
                } else {
                    out.add(new Token("err", offset + context.pos, offset + context.pos + 1));
                }
                context.pos++;
            }
        }
    }

    /**
     * Matching at a position. Java's regex engine recurses once per repetition of a group, where Python's does not:
     * a match that overflows the stack (a string of thousands of characters) counts as no match there, and a block
     * that overflows it again and again is shown plain.
     */
    private static boolean lookingAt(Matcher matcher, int position, int length) {
        matcher.region(position, length);
        try {
            return matcher.lookingAt();
        } catch (StackOverflowError e) {
            int[] overflows = OVERFLOWS.get();
            if (++overflows[0] > MAX_OVERFLOWS) {
                throw new TooDeep();
            }
            return false;
        }
    }

    private void act(Action action, java.util.regex.MatchResult match, String text, Context context, List<Token> out,
            int offset) {
        if (action instanceof Emit emit) {
            emit(out, emit.cssClass(), offset + match.start(), offset + match.end());
        } else if (action instanceof Using using) {
            using(using, match.start(), match.end(), text, out, offset);
        } else if (action instanceof Callback callback) {
            callback(callback, text, match.start(), match.end(), match, context, out, offset);
        } else if (action instanceof Groups groups) {
            for (int group = 1; group <= groups.actions().size() && group <= match.groupCount(); group++) {
                Action part = groups.actions().get(group - 1);
                int start = match.start(group);
                if (start < 0) {
                    continue;
                }
                int end = match.end(group);
                if (part instanceof Emit emit) {
                    emit(out, emit.cssClass(), offset + start, offset + end);
                } else if (part instanceof Using using) {
                    using(using, start, end, text, out, offset);
                } else if (part instanceof Callback callback) {
                    callback(callback, text, start, end, null, context, out, offset);
                }
            }
        }
    }

    /** A match lexed by another table (or this one from another state), as Pygments' {@code using} does. */
    private void using(Using using, int start, int end, String text, List<Token> out, int offset) {
        String part = text.substring(start, end);
        if (using.table().equals("JsonLexer")) {
            // Pygments' JSON lexer is code, not a table (a Dockerfile's JSON arrays).
            for (Token token : JsonLexer.INSTANCE.tokens(part)) {
                out.add(new Token(token.cssClass(), token.start() + offset + start, token.end() + offset + start));
            }
            return;
        }
        Optional<StateLexer> other = using.table().equals(name) ? Optional.of(this) : loaded(using.table());
        if (other.isEmpty()) {
            emit(out, "", offset + start, offset + end);
            return;
        }
        List<Token> inner = new ArrayList<>();
        other.get().run(part, new ArrayDeque<>(using.stack()), inner, 0);
        for (Token token : other.get().postPass(inner, part)) {
            out.add(new Token(token.cssClass(), token.start() + offset + start, token.end() + offset + start));
        }
    }

    private static void emit(List<Token> out, String cssClass, int start, int end) {
        if (end > start) {
            out.add(new Token(cssClass, start, end));
        }
    }

    /**
     * Pygments' state change: {@code -N} pops N states (the root stays), {@code #push} repeats the top, a list of
     * names is pushed in order ({@code #pop} among them pops one).
     */
    private static void change(Deque<String> stack, String next) {
        if (next.isEmpty()) {
            return;
        }
        if (next.startsWith("-")) {
            int pops = Integer.parseInt(next.substring(1));
            for (int i = 0; i < pops && stack.size() > 1; i++) {
                stack.removeLast();
            }
            return;
        }
        for (String state : next.split(",")) {
            if (state.equals("#pop")) {
                if (stack.size() > 1) {
                    stack.removeLast();
                }
            } else if (state.equals("#push")) {
                stack.addLast(stack.peekLast());
            } else {
                stack.addLast(state);
            }
        }
    }

    /** What a lexer's own methods keep between rules: the position, and YAML's indentation. */
    private static final class Context {
        final Deque<String> stack;
        int pos;
        final Deque<Integer> indentStack = new ArrayDeque<>();
        int indent = -1;
        int nextIndent;
        @Nullable Integer blockScalarIndent;

        Context(Deque<String> stack) {
            this.stack = stack;
        }
    }

    /**
     * The lexer methods the tables name (Pygments' YAML lexer's); any other leaves its match plain. Each emits its
     * tokens and moves the position itself, or returns without moving it (and the next rule is tried).
     */
    private void callback(Callback callback, String text, int start, int end, java.util.regex.@Nullable MatchResult match,
            Context context, List<Token> out, int offset) {
        String value = text.substring(start, end);
        String group1 = match != null && match.groupCount() >= 1 ? match.group(1) : null;
        String cssClass = callback.args().isEmpty() ? "" : callback.args().get(0);
        switch (callback.name()) {
            case "something" -> {
                if (value.isEmpty()) {
                    return;
                }
                emit(out, cssClass, offset + start, offset + end);
            }
            case "reset_indent" -> {
                context.indentStack.clear();
                context.indent = -1;
                context.nextIndent = 0;
                context.blockScalarIndent = null;
                emit(out, cssClass, offset + start, offset + end);
            }
            case "save_indent" -> {
                boolean first = callback.args().size() > 1 && callback.args().get(1).equals("True");
                String shown = value;
                String extra = "";
                if (first) {
                    context.nextIndent = value.length();
                    if (context.nextIndent < context.indent) {
                        while (context.nextIndent < context.indent && !context.indentStack.isEmpty()) {
                            context.indent = context.indentStack.removeLast();
                        }
                        if (context.nextIndent > context.indent) {
                            int cut = Math.max(0, Math.min(context.indent, value.length()));
                            extra = value.substring(cut);
                            shown = value.substring(0, cut);
                        }
                    }
                } else {
                    context.nextIndent += value.length();
                }
                emit(out, cssClass, offset + start, offset + start + shown.length());
                emit(out, cssClass + " " + cssClass + "-Error", offset + start + shown.length(),
                        offset + start + shown.length() + extra.length());
            }
            case "set_indent" -> {
                boolean implicit = callback.args().size() > 1 && callback.args().get(1).equals("True");
                if (context.indent < context.nextIndent) {
                    context.indentStack.addLast(context.indent);
                    context.indent = context.nextIndent;
                }
                if (!implicit) {
                    context.nextIndent += value.length();
                }
                emit(out, cssClass, offset + start, offset + end);
            }
            case "set_block_scalar_indent" -> {
                context.blockScalarIndent = null;
                if (value.isEmpty()) {
                    return;
                }
                if (group1 != null && !group1.isEmpty()) {
                    context.blockScalarIndent = Math.max(context.indent, 0) + Integer.parseInt(group1);
                }
                emit(out, cssClass, offset + start, offset + end);
            }
            case "parse_block_scalar_empty_line" -> {
                String content = callback.args().size() > 1 ? callback.args().get(callback.args().size() - 1) : "";
                Integer indent = context.blockScalarIndent;
                if (indent == null || value.length() <= indent) {
                    emit(out, cssClass, offset + start, offset + end);
                } else {
                    emit(out, cssClass, offset + start, offset + start + indent);
                    emit(out, content, offset + start + indent, offset + end);
                }
            }
            case "parse_block_scalar_indent" -> {
                Integer indent = context.blockScalarIndent;
                if (indent == null) {
                    if (value.length() <= Math.max(context.indent, 0)) {
                        popTwo(context.stack);
                        return;
                    }
                    context.blockScalarIndent = value.length();
                } else if (value.length() < indent) {
                    popTwo(context.stack);
                    return;
                }
                if (value.isEmpty()) {
                    return;
                }
                emit(out, cssClass, offset + start, offset + end);
            }
            case "parse_plain_scalar_indent" -> {
                if (value.length() <= context.indent) {
                    popTwo(context.stack);
                    return;
                }
                if (value.isEmpty()) {
                    return;
                }
                emit(out, cssClass, offset + start, offset + end);
            }
            case "_handle_codeblock" -> {
                if (match == null) {
                    emit(out, "", offset + start, offset + end);
                } else {
                    codeBlock(match, callback.args().isEmpty() ? "" : callback.args().get(0), out, offset);
                }
            }
            default -> emit(out, "", offset + start, offset + end);
        }
        context.pos = end;
    }

    /**
     * A fenced block inside Markdown, as Pygments' Markdown lexer writes it: the fences and language as backticks,
     * the code lexed in its language when Folio has it, else as a string.
     */
    private static void codeBlock(java.util.regex.MatchResult match, String groupNames, List<Token> out, int offset) {
        Map<String, Integer> groups = new HashMap<>();
        for (String pair : groupNames.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                groups.put(pair.substring(0, equals), Integer.parseInt(pair.substring(equals + 1)));
            }
        }
        java.util.function.BiConsumer<String, String> part = (group, cssClass) -> {
            Integer number = groups.get(group);
            if (number != null && number <= match.groupCount() && match.start(number) >= 0) {
                emit(out, cssClass, offset + match.start(number), offset + match.end(number));
            }
        };
        part.accept("initial", "sb");
        part.accept("lang", "sb");
        part.accept("whitespace", "w");
        part.accept("extra", "");
        part.accept("newline", "w");
        Integer code = groups.get("code");
        Integer lang = groups.get("lang");
        if (code != null && code <= match.groupCount() && match.start(code) >= 0) {
            String language = lang != null && match.start(lang) >= 0 ? match.group(lang).strip() : "";
            Optional<Lexer> lexer = Highlighter.lexer(language);
            int at = offset + match.start(code);
            if (lexer.isEmpty()) {
                emit(out, "s", at, offset + match.end(code));
            } else {
                for (Token token : lexer.get().tokens(match.group(code))) {
                    out.add(new Token(token.cssClass(), token.start() + at, token.end() + at));
                }
            }
        }
        part.accept("terminator", "sb");
    }

    private static void popTwo(Deque<String> stack) {
        for (int i = 0; i < 2 && stack.size() > 1; i++) {
            stack.removeLast();
        }
    }


    // ---- the tables ----

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        for (String line : lines("index.txt")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            for (String alias : fields[1].split(" ")) {
                if (!alias.isEmpty()) {
                    aliases.putIfAbsent(alias, fields[0]);
                }
            }
        }
        return Map.copyOf(aliases);
    }

    private static Optional<StateLexer> load(String table) {
        List<String> lines = lines(table + ".txt");
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        int flags = Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;
        Map<String, List<StateRule>> states = new LinkedHashMap<>();
        List<NameRule> names = new ArrayList<>();
        List<StateRule> current = null;
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            switch (fields[0]) {
                case "lexer" -> {
                    String letters = fields[2];
                    flags |= letters.contains("m") ? Pattern.MULTILINE : 0;
                    flags |= letters.contains("i") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
                    flags |= letters.contains("s") ? Pattern.DOTALL : 0;
                }
                case "names" -> names.add(new NameRule(fields[1], fields[2], Set.copyOf(Arrays.asList(fields[3].split(" ")))));
                case "state" -> {
                    current = new ArrayList<>();
                    states.put(unescape(fields[1]), current);
                }
                case "rule" -> {
                    if (current != null) {
                        current.add(new StateRule(Pattern.compile(unescape(fields[1]), flags),
                                action(unescape(fields[2])), unescape(fields[3])));
                    }
                }
                default -> {
                }
            }
        }
        states.replaceAll((state, rules) -> List.copyOf(rules));
        return Optional.of(new StateLexer(table, Map.copyOf(states), List.copyOf(names)));
    }

    private static Action action(String field) {
        if (field.equals("-") || field.isEmpty()) {
            return new Nothing();
        }
        String kind = field.substring(0, 1);
        String rest = field.length() > 2 ? field.substring(2) : "";
        return switch (kind) {
            case "t" -> new Emit(rest);
            case "g" -> new Groups(Arrays.stream(rest.split(";", -1)).map(StateLexer::action).toList());
            case "u" -> {
                int at = rest.indexOf('@');
                yield new Using(rest.substring(0, at), List.of(rest.substring(at + 1).split(",")));
            }
            case "c" -> {
                String[] parts = rest.split(":", -1);
                yield new Callback(parts[0], List.of(parts).subList(1, parts.length));
            }
            default -> new Nothing();
        };
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = StateLexer.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
