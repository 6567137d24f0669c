package dev.folio.render.kit.highlight;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.folio.render.kit.highlight.Rule.nested;
import static dev.folio.render.kit.highlight.Rule.of;
import static dev.folio.render.kit.highlight.Rule.words;

/**
 * The language tables, one rule per token kind, with the classes Pygments gives those tokens so that
 * stylesheets written for Material's highlighting apply. They aim at what a reader needs to see (comments,
 * strings, keywords, names, numbers), not at Pygments' every distinction.
 */
final class Grammars {
    private static final Quoted DOUBLE_QUOTED = Quoted.backslashed('"');
    private static final Quoted SINGLE_QUOTED = Quoted.backslashed('\'');

    /** Inside one HTML/XML tag: its name, attribute names, values. */
    private static final Grammar TAG = new Grammar(List.of(
            of("^</?[A-Za-z_][\\w:.-]*", "nt"),
            of("/?>$", "nt"),
            of("\"[^\"]*\"|'[^']*'", "s"),
            of("([A-Za-z_:@][\\w:.@-]*)(\\s*)(=)", "na", "", "o"),
            of("[A-Za-z_:@][\\w:.@-]*", "na")));

    private static final List<Rule> MARKUP = List.of(
            of("<!--[\\s\\S]*?(?:-->|$)", "c"),
            of("<!\\[CDATA\\[[\\s\\S]*?\\]\\]>", "cp"),
            of("<![A-Za-z][^>]*>|<\\?[\\s\\S]*?\\?>", "cp"),
            nested("</?[A-Za-z_][\\w:.-]*(?:\\s+[^<>]*?)?/?>", TAG),
            of("&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z]\\w*);", "ni"));

    /** A double-quoted shell string: variables and escapes inside it stand out, as Pygments shows them. */
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

    private static final Grammar SHELL = new Grammar(shell(false));
    private static final Grammar CONSOLE = new Grammar(shell(true));

    private static final Grammar YAML = new Grammar(List.of(
            of("(?<![^\\s\\[{,])#.*", "c1"),
            of("^(?:---|\\.\\.\\.)(?=\\s|$)", "nn"),
            of("^(\\s*)(?:(-)(\\s+))?([^\\s#:\\-\\[\\]{},&*!|>'\"%@`][^:#\\n]*?)(\\s*)(:)(?=\\s|$)",
                    "", "p", "", "nt", "", "p"),
            // A quoted key: the string by a loop, then its colon.
            of(DOUBLE_QUOTED.followedByColon(), "nt"),
            of(Quoted.doubled('\'').followedByColon(), "nt"),
            of("(?<=[\"'])(\\s*)(:)(?=\\s|$)", "", "p"),
            of("^(\\s*)(-)(?=\\s|$)", "", "p"),
            of(DOUBLE_QUOTED, "s2"),
            of(Quoted.doubled('\''), "s1"),
            of("(?<=\\s|^)[&][\\w-]+", "nl"),
            of("(?<=\\s|^)[*][\\w-]+", "nv"),
            of("(?<=\\s|^)![\\w!/:.-]*", "kt"),
            of("(?<![\\w.-])(?:true|false|True|False|null|Null|~)(?![\\w.-])", "kc"),
            of("(?<![\\w.-])[-+]?(?:0x[0-9a-fA-F]+|\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)(?=\\s*(?:$|#|,|\\]|\\}))", "m"),
            of("(?<=\\s|:)[|>][-+]?(?=\\s*$)", "p"),
            of("[\\[\\]{},]", "p"),
            of("[^\\s#\"'\\[\\]{},]+", "")));

    private static final Grammar JSON = new Grammar(List.of(
            of("//.*", "c1"),
            of("/\\*[\\s\\S]*?\\*/", "cm"),
            of(DOUBLE_QUOTED.followedByColon(), "nt"),
            of(DOUBLE_QUOTED, "s2"),
            of("-?\\d+(?:\\.\\d+(?:[eE][-+]?\\d+)?|[eE][-+]?\\d+)", "mf"),
            of("-?\\d+", "mi"),
            words("kc", "true", "false", "null"),
            of("[{}\\[\\],:]", "p")));

    private static final Grammar XML = new Grammar(MARKUP);

    private static final Grammar MARKDOWN = new Grammar(concat(List.of(
            of("^(`{3,}|~{3,})[^\\n]*\\n[\\s\\S]*?^\\s*\\1[`~]*[ \\t]*$", "sb"),
            of("^#(?!#).*", "gh"),
            of("^#{2,6}(?=\\s|$).*", "gu"),
            of("^(\\s*)([-*+]|\\d+[.)])(?=\\s)", "", "k"),
            of("^(\\s*)(>)", "", "k"),
            of("^(\\s*)([!?]{3}\\+?)(\\s+\\S+)", "", "k", "nc"),
            of("`[^`\\n]+`", "sb"),
            of("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__", "gs"),
            of("(?<![\\w*])\\*[^*\\s][^*\\n]*?\\*(?!\\*)|(?<![\\w_])_[^_\\s][^_\\n]*?_(?![\\w_])", "ge"),
            of("(!?\\[)([^\\]\\n]*)(\\]\\()([^)\\s]*)([^)\\n]*\\))", "", "nt", "", "na", ""),
            of("(\\[\\^?)([^\\]\\n]+)(\\]:?)", "", "nt", ""),
            of(":[a-z0-9]+(?:-[a-z0-9]+)+:", "ss")), MARKUP));

    private static final Grammar JAVA = new Grammar(List.of(
            of("/\\*[\\s\\S]*?(?:\\*/|$)", "cm"),
            of("//.*", "c1"),
            of("\"\"\"[\\s\\S]*?\"\"\"", "s"),
            of(DOUBLE_QUOTED, "s"),
            of(SINGLE_QUOTED, "sc"),
            of("@[A-Za-z_][\\w.]*", "nd"),
            words("kn", "import", "package"),
            of("(class|interface|enum|record|@interface)(\\s+)([A-Za-z_$][\\w$]*)", "kd", "", "nc"),
            words("kd", "public", "private", "protected", "static", "final", "abstract", "synchronized", "native",
                    "transient", "volatile", "strictfp", "sealed", "non-sealed", "default"),
            words("kt", "boolean", "byte", "char", "double", "float", "int", "long", "short", "void", "var"),
            words("kc", "true", "false", "null"),
            words("k", "assert", "break", "case", "catch", "continue", "do", "else", "extends", "finally", "for", "if",
                    "implements", "instanceof", "new", "permits", "return", "super", "switch", "this", "throw",
                    "throws", "try", "while", "yield"),
            of("(?<=\\.)[A-Za-z_$][\\w$]*", "na"),
            of("[A-Za-z_$][\\w$]*", "n"),
            of("0[xX][0-9a-fA-F_]+[lL]?", "mh"),
            of("\\d[\\d_]*\\.\\d*(?:[eE][-+]?\\d+)?[fFdD]?|\\d[\\d_]*(?:[eE][-+]?\\d+[fFdD]?|[fFdD])", "mf"),
            of("\\d[\\d_]*[lL]?", "mi"),
            of("[-+*/%=<>!&|^~?:]+", "o"),
            of("[{}()\\[\\];,.]", "p")));

    /** The names after {@code import}, as Pygments' {@code import} state gives them. */
    private static final Grammar PYTHON_IMPORTS = new Grammar(List.of(
            of("(import)(\\s+)", "kn", "w"),
            of("([ \\t]+)(as)([ \\t]+)", "w", "k", "w"),
            of("([ \\t]*)(,)([ \\t]*)", "w", "o", "w"),
            of("[\\w.]+", "nn")));

    /** Python's names, keywords, numbers and operators: its expressions, in code and in f-strings' fields. */
    private static final List<Rule> PYTHON_EXPRESSIONS = List.of(
            of(DOUBLE_QUOTED.afterPrefix("rRbBuU", 0, 2), "s2"),
            of(SINGLE_QUOTED.afterPrefix("rRbBuU", 0, 2), "s1"),
            words("kn", "import", "from"),
            words("kc", "True", "False", "None"),
            words("ow", "and", "or", "not", "in", "is"),
            words("k", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
                    "except", "finally", "for", "global", "if", "lambda", "nonlocal", "pass", "raise", "return", "try",
                    "while", "with", "yield"),
            words("ne", "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
                    "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning",
                    "ChildProcessError", "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
                    "ConnectionResetError", "DeprecationWarning", "EOFError", "EnvironmentError", "Exception",
                    "ExceptionGroup", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
                    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
                    "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError",
                    "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError", "NotImplementedError",
                    "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
                    "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
                    "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
                    "SystemExit", "TabError", "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
                    "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
                    "ValueError", "Warning", "ZeroDivisionError"),
            words("nb", "__import__", "abs", "aiter", "all", "anext", "any", "bin", "bool", "bytearray",
                    "breakpoint", "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict",
                    "dir", "divmod", "enumerate", "eval", "filter", "float", "format", "frozenset", "getattr",
                    "globals", "hasattr", "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
                    "len", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open",
                    "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr",
                    "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip"),
            words("bp", "self", "cls", "Ellipsis", "NotImplemented"),
            words("vm", "__annotations__", "__bases__", "__class__", "__closure__", "__code__", "__defaults__",
                    "__dict__", "__doc__", "__file__", "__func__", "__globals__", "__kwdefaults__", "__module__",
                    "__mro__", "__name__", "__objclass__", "__qualname__", "__self__", "__slots__", "__weakref__"),
            of("(?<![\\w])__[A-Za-z]\\w*__(?!\\w)", "fm"),
            of("[A-Za-z_]\\w*", "n"),
            of("0[xX][0-9a-fA-F_]+", "mh"),
            of("\\d[\\d_]*\\.\\d*(?:[eE][-+]?\\d+)?|\\.\\d+(?:[eE][-+]?\\d+)?|\\d[\\d_]*[eE][-+]?\\d+", "mf"),
            of("\\d[\\d_]*", "mi"),
            of(":=", "o"),
            of("[-+*/%=<>!&|^~@.]+", "o"),
            of("[{}()\\[\\];,:]", "p"));

    /** An f-string's replacement field: {@code {}, the expression, an optional conversion and format spec, {@code }}. */
    private static final Grammar PYTHON_FIELD = new Grammar(concat(List.of(
            of("^\\{", "si"),
            of("(?:![rsa])?(?::[^{}\\n]*)?\\}$", "si")), PYTHON_EXPRESSIONS));

    /** A string's escapes ({@code \\n}, {@code \\x41}, {@code \\u00e9}) as {@code se}, the rest as the string. */
    private static Grammar escapes(String cssClass) {
        return new Grammar(List.of(
                of("\\\\(?:[\\\\abfnrtv\"'\\n]|N\\{[^}\\n]{0,80}\\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}"
                        + "|[0-7]{1,3})", "se"),
                of("[^\\\\]+|\\\\", cssClass)));
    }

    private static Grammar fString(String cssClass) {
        return new Grammar(List.of(
                of("^(?i:[rf]{1,2})", "sa"),
                of("\\{\\{|\\}\\}", "se"),
                nested("\\{[^{}\\n]*\\}", PYTHON_FIELD),
                of("\\\\.", "se"),
                of("[^{}\\\\]+|[{}\\\\]", cssClass)));
    }

    /**
     * Python as Pygments' lexer colours it: docstrings at a line's start ({@code sd}), string prefixes ({@code sa}),
     * the namespaces of imports ({@code nn}) and the whitespace after {@code def}, {@code class}, {@code import},
     * {@code from} ({@code w}), magic methods ({@code fm}) and variables ({@code vm}), exceptions ({@code ne}), and
     * the attribute dot as an operator; other whitespace plain.
     */
    private static final Grammar PYTHON = new Grammar(concat(List.of(
            of("^([ \\t]*)((?i:[rub]{0,2}))(\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?''')", "w", "sa", "sd"),
            of("#.*", "c1"),
            of("(?<![\\w])((?i:[rbuf]{1,2}))?(\"\"\"[\\s\\S]*?\"\"\")", "sa", "s2"),
            of("(?<![\\w])((?i:[rbuf]{1,2}))?('''[\\s\\S]*?''')", "sa", "s1"),
            // Raw strings keep their backslashes; other strings' escapes are se, as Pygments marks them.
            of("(?<![\\w])([rR][bB]?|[bB][rR])(\"(?:[^\"\\\\\\n]|\\\\.){0,4000}\")", "sa", "s2"),
            of("(?<![\\w])([rR][bB]?|[bB][rR])('(?:[^'\\\\\\n]|\\\\.){0,4000}')", "sa", "s1"),
            of("(?<![\\w])(?i:[rbu]{1,2})(?=[\"'])", "sa"),
            nested(DOUBLE_QUOTED.afterPrefix("fFrR", 1, 2), fString("s2")),
            nested(SINGLE_QUOTED.afterPrefix("fFrR", 1, 2), fString("s1")),
            nested(DOUBLE_QUOTED, escapes("s2")),
            nested(SINGLE_QUOTED, escapes("s1")),
            of("@[A-Za-z_]\\w*", "nd"),
            of("(def)(\\s+)(__[A-Za-z_]\\w*__)(?!\\w)", "k", "w", "fm"),
            of("(def)(\\s+)([A-Za-z_]\\w*)", "k", "w", "nf"),
            of("(class)(\\s+)([A-Za-z_]\\w*)", "k", "w", "nc"),
            of("(?<![\\w.])(from)(\\s+)([\\w.]+)([ \\t]+)(import)(?!\\w)", "kn", "w", "nn", "w", "kn"),
            of("(?<![\\w.])(from)(\\s+)([\\w.]+)", "kn", "w", "nn"),
            nested("(?<![\\w.])import[ \\t]+[\\w.]+(?:[ \\t]+as[ \\t]+\\w+)?"
                    + "(?:[ \\t]*,[ \\t]*[\\w.]+(?:[ \\t]+as[ \\t]+\\w+)?){0,64}", PYTHON_IMPORTS)), PYTHON_EXPRESSIONS));

    private static final Grammar PROPERTIES = new Grammar(List.of(
            of("^\\s*[#!;].*", "c1"),
            of("^(\\s*)(\\[[^\\]\\n]*\\])", "", "k"),
            // Escapes bounded in number: a pattern recurses once per repetition of a group like this one.
            of("^(\\s*)([^\\s:=\\\\]*+(?:\\\\.[^\\s:=\\\\]*+){0,64}+)(\\s*[=:]\\s*|\\s+)(.*)$", "", "na", "o", "s")));

    private static final Grammar TOML = new Grammar(List.of(
            of("#.*", "c1"),
            of("^(\\s*)(\\[\\[?[^\\]\\n]+\\]\\]?)", "", "k"),
            of("\"\"\"[\\s\\S]*?\"\"\"", "s2"),
            of("'''[\\s\\S]*?'''", "s1"),
            of(DOUBLE_QUOTED, "s2"),
            of("'[^'\\n]*'", "s1"),
            of("^(\\s*)([\\w.\"'-]+)(\\s*)(=)", "", "n", "", "o"),
            of("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})?)?", "ld"),
            words("kc", "true", "false"),
            of("(?<![\\w.-])[-+]?(?:0x[0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|inf|nan)(?![\\w-])", "m"),
            of("[\\[\\]{},.]", "p"),
            of("=", "o")));

    private static final Grammar DIFF = new Grammar(List.of(
            of("^ .*", ""),
            of("^!.*", "gs"),
            of("^(?:[Ii]ndex|diff|=).*", "gh"),
            of("^\\+.*", "gi"),
            of("^-.*", "gd"),
            of("^@.*", "gu")));

    private static final Grammar TEXT = new Grammar(List.of());

    private static final Map<String, Grammar> BY_NAME = Map.ofEntries(
            Map.entry("bash", SHELL), Map.entry("sh", SHELL), Map.entry("shell", SHELL), Map.entry("zsh", SHELL),
            Map.entry("ksh", SHELL), Map.entry("console", CONSOLE), Map.entry("shell-session", CONSOLE),
            Map.entry("yaml", YAML), Map.entry("yml", YAML),
            Map.entry("json", JSON), Map.entry("jsonc", JSON), Map.entry("json5", JSON),
            Map.entry("xml", XML), Map.entry("html", XML), Map.entry("htm", XML), Map.entry("xhtml", XML),
            Map.entry("svg", XML), Map.entry("pom", XML),
            Map.entry("markdown", MARKDOWN), Map.entry("md", MARKDOWN),
            Map.entry("java", JAVA),
            Map.entry("python", PYTHON), Map.entry("py", PYTHON), Map.entry("python3", PYTHON), Map.entry("py3", PYTHON),
            Map.entry("properties", PROPERTIES), Map.entry("ini", PROPERTIES), Map.entry("cfg", PROPERTIES),
            Map.entry("dosini", PROPERTIES), Map.entry("conf", PROPERTIES),
            Map.entry("toml", TOML),
            Map.entry("diff", DIFF), Map.entry("patch", DIFF), Map.entry("udiff", DIFF),
            Map.entry("text", TEXT), Map.entry("txt", TEXT), Map.entry("plain", TEXT), Map.entry("plaintext", TEXT));

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
