package dev.folio.render.kit.highlight;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.folio.render.kit.highlight.Rule.nested;
import static dev.folio.render.kit.highlight.Rule.of;

/**
 * The one language table written by hand: a shell session ({@code console}), whose Pygments lexer is code, not a
 * table (prompts, output, and the commands lexed as Bash). Every other language is a {@link StateLexer} table.
 */
final class Grammars {
    private static final Quoted DOUBLE_QUOTED = Quoted.backslashed('"');
    private static final Quoted SINGLE_QUOTED = Quoted.backslashed('\'');

    /** {@code ${name:-default}}: Pygments' {@code curly} state. */
    private static final Grammar SHELL_CURLY = new Grammar(List.of(
            of("^\\$\\{#?", "si"),
            of("\\}$", "si"),
            of(":-", "k"),
            of("\\w+", "nv"),
            of("[^}:\"'`$\\\\\\w]+|:", "p")));

    /** Inside double quotes: variables and ${…}; backslashes stay part of the string, as Pygments keeps them. */
    private static final Grammar SHELL_STRING = new Grammar(List.of(
            nested("\\$\\{[^}\\n]*\\}", SHELL_CURLY),
            of("\\$[A-Za-z_]\\w*|\\$[0-9#?@*!$-]", "nv"),
            of("\\\\[\\s\\S]|[^$\\\\]+|\\$", "s2")));

    private static final Grammar CONSOLE = new Grammar(shell(true));

    private static final Map<String, Grammar> BY_NAME = Map.of("console", CONSOLE, "shell-session", CONSOLE);

    private Grammars() {
    }

    static Optional<Grammar> forLanguage(String language) {
        return Optional.ofNullable(BY_NAME.get(language.toLowerCase(java.util.Locale.ROOT)));
    }

    private static List<Rule> shell(boolean prompts) {
        // As Pygments' BashLexer: whitespace w; =, brackets, &&, ||, <<< operators; ; & | punctuation;
        // redirections and other words plain; escapes only outside double quotes.
        List<Rule> rules = List.of(
                of("(?<![^\\s;|&(])#.*", "c1"),
                of("\\\\[\\s\\S]", "se"),
                nested(DOUBLE_QUOTED.acrossLines(), SHELL_STRING),
                of(SINGLE_QUOTED.acrossLines().afterPrefix("$", 1, 1), "s1"),
                of("'[^']*'", "s1"),
                of("`[^`]*`", "sb"),
                nested("\\$\\{[^}\\n]*\\}", SHELL_CURLY),
                of("\\$[A-Za-z_]\\w*|\\$[0-9#?@*!$-]", "nv"),
                of("\\$\\(\\(?|\\)\\)", "k"),
                of("(?<![-\\w.$/])[A-Za-z_]\\w*(?=\\+?=)", "nv"),
                of("(?<![-\\w.$/])(if|fi|else|while|in|do|done|for|then|return|function|case|select|break|continue"
                        + "|until|esac|elif)(?![-\\w])([ \\t]*)", "k", "w"),
                of("(?<![-\\w.$/])(?:alias|bg|bind|builtin|caller|cd|command|compgen|complete|declare|dirs|disown"
                        + "|echo|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|let"
                        + "|local|logout|popd|printf|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test"
                        + "|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait)(?=[\\s)`]|$)", "nb"),
                of("&&|\\|\\||<<<|\\+?=|[\\[\\]{}()]", "o"),
                of("[;&|]", "p"),
                of("[ \\t]+", "w"),
                of("(?<![-\\w.$/:])\\d+(?![\\w.:])", "m"),
                of("[^\\s\"'`$;&|(){}\\[\\]=\\\\#]+", ""));
        if (!prompts) {
            return rules;
        }
        return concat(List.of(of("^(?:\\$|#|%|>|PS>) (?=\\S)", "gp"), of("^(?!(?:\\$|#|%|>|PS>) ).+", "go")), rules);
    }

    private static List<Rule> concat(List<Rule> first, List<Rule> second) {
        List<Rule> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
