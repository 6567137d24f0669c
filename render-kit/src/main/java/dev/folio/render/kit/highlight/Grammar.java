package dev.folio.render.kit.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A language as an ordered table of rules: at each position the first rule that matches a non-empty run
 * wins; a character no rule matches is plain text. Matching sees the text around the position (transparent
 * bounds), so {@code \b}, {@code ^} and look-behinds mean what they say.
 */
final class Grammar implements Lexer {
    private final List<Rule> rules;

    Grammar(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public List<Token> tokens(String code) {
        Matcher[] matchers = new Matcher[rules.size()];
        for (int i = 0; i < matchers.length; i++) {
            Rule rule = rules.get(i);
            matchers[i] = rule.pattern() == null ? null
                    : rule.pattern().matcher(code).useTransparentBounds(true).useAnchoringBounds(false);
        }
        List<Token> tokens = new ArrayList<>();
        int plainStart = 0;
        int position = 0;
        int length = code.length();
        while (position < length) {
            int end = -1;
            for (int i = 0; i < matchers.length && end < 0; i++) {
                Rule rule = rules.get(i);
                Matcher matcher = matchers[i];
                int found = matcher == null ? rule.quoted().end(code, position) : match(matcher, position, length);
                if (found > position) {
                    Tokens.add(tokens, "", plainStart, position);
                    if (rule.inner() != null) {
                        int offset = position;
                        for (Token token : rule.inner().tokens(code.substring(position, found))) {
                            Tokens.add(tokens, token.cssClass(), token.start() + offset, token.end() + offset);
                        }
                    } else if (matcher == null) {
                        Tokens.add(tokens, rule.classes().get(0), position, found);
                    } else {
                        emit(tokens, rule.classes(), matcher);
                    }
                    end = found;
                }
            }
            if (end < 0) {
                position++;
            } else {
                position = end;
                plainStart = end;
            }
        }
        Tokens.add(tokens, "", plainStart, length);
        return tokens;
    }

    /**
     * Where the rule's match at {@code position} ends, or -1. The tables avoid patterns that recurse per
     * character (strings are {@link Quoted}); a pattern that still recurses per repetition on hostile input
     * (ten thousand escapes in one key) counts as no match there rather than failing the page.
     */
    private static int match(Matcher matcher, int position, int length) {
        try {
            matcher.region(position, length);
            return matcher.lookingAt() ? matcher.end() : -1;
        } catch (StackOverflowError e) {
            return -1;
        }
    }

    private static void emit(List<Token> tokens, List<String> classes, Matcher matcher) {
        if (classes.size() == 1) {
            Tokens.add(tokens, classes.get(0), matcher.start(), matcher.end());
            return;
        }
        int at = matcher.start();
        for (int group = 1; group <= classes.size(); group++) {
            if (matcher.start(group) < 0) {
                continue;
            }
            Tokens.add(tokens, "", at, matcher.start(group));
            Tokens.add(tokens, classes.get(group - 1), matcher.start(group), matcher.end(group));
            at = Math.max(at, matcher.end(group));
        }
        Tokens.add(tokens, "", at, matcher.end());
    }

}
