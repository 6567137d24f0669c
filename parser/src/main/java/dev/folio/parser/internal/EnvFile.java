package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

/**
 * A shell-style variables file, as a site's build sources before running MkDocs ({@code KEY="value"}
 * lines): read, never run. {@code KEY="value"} (with {@code \"}, {@code \\}, {@code \$} and
 * {@code \`} escapes and {@code $NAME} / {@code ${NAME}} expanded), {@code KEY='value'} (literal, but
 * {@code \'} is a quote), {@code KEY=value}, an optional {@code export}, {@code #} comments and blank
 * lines. A malformed line is one diagnostic and is skipped; the others still apply. Command
 * substitution ({@code $(…)}, backticks) is never run: it is a diagnostic and the line is skipped.
 *
 * @param values the variables in written order; a later line wins, as in the shell
 */
record EnvFile(Map<String, String> values, List<Diagnostic> diagnostics) {

    static final EnvFile NONE = new EnvFile(Map.of(), List.of());

    /**
     * @param outer what {@code $NAME} reads when the file has not set NAME before (the process
     *              environment); unset expands to nothing, as in the shell
     */
    static EnvFile parse(String text, String file, Function<String, Optional<String>> outer) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Line line = new Line(lines[i], name -> outer.apply(name).or(() -> Optional.ofNullable(values.get(name))));
            try {
                line.parse().ifPresent(entry -> values.put(entry.getKey(), entry.getValue()));
            } catch (Malformed e) {
                diagnostics.add(Diagnostic.warning("env-malformed", e.getMessage() + "; line ignored",
                        SourcePosition.of(file, i + 1, e.column + 1)));
            }
        }
        return new EnvFile(Collections.unmodifiableMap(values), List.copyOf(diagnostics));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** One line, read left to right. */
    private static final class Line {
        private final String text;
        private final Function<String, Optional<String>> variables;
        private int at;

        Line(String text, Function<String, Optional<String>> variables) {
            this.text = text;
            this.variables = variables;
        }

        Optional<Map.Entry<String, String>> parse() {
            skipBlanks();
            if (at == text.length() || text.charAt(at) == '#') {
                return Optional.empty();
            }
            if (text.startsWith("export ", at) || text.startsWith("export\t", at)) {
                at += "export".length();
                skipBlanks();
            }
            int nameStart = at;
            while (at < text.length() && isNameChar(text.charAt(at), at == nameStart)) {
                at++;
            }
            if (at == nameStart) {
                throw new Malformed("expected a variable name (KEY=\"value\")", at);
            }
            String name = text.substring(nameStart, at);
            if (at == text.length() || text.charAt(at) != '=') {
                throw new Malformed("expected '=' right after " + name, at);
            }
            at++;
            String value = value();
            skipBlanks();
            if (at < text.length() && text.charAt(at) != '#') {
                throw new Malformed("unexpected text after the value of " + name, at);
            }
            return Optional.of(Map.entry(name, value));
        }

        private String value() {
            if (at == text.length()) {
                return "";
            }
            char first = text.charAt(at);
            if (first == '"') {
                return doubleQuoted();
            }
            if (first == '\'') {
                return singleQuoted();
            }
            StringBuilder out = new StringBuilder();
            while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                char c = text.charAt(at);
                if (c == '"' || c == '\'' || c == '`' || c == '\\' && at + 1 == text.length()) {
                    throw new Malformed("quote or escape inside an unquoted value", at);
                }
                if (c == '\\') {
                    out.append(text.charAt(at + 1));
                    at += 2;
                } else if (c == '$') {
                    expand(out);
                } else {
                    out.append(c);
                    at++;
                }
            }
            return out.toString();
        }

        private String doubleQuoted() {
            int open = at++;
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '"') {
                    at++;
                    return out.toString();
                }
                if (c == '\\' && at + 1 < text.length() && "\"\\$`".indexOf(text.charAt(at + 1)) >= 0) {
                    out.append(text.charAt(at + 1));
                    at += 2;
                } else if (c == '$') {
                    expand(out);
                } else if (c == '`') {
                    throw new Malformed("command substitution is never run", at);
                } else {
                    out.append(c);
                    at++;
                }
            }
            throw new Malformed("unterminated \" quote", open);
        }

        private String singleQuoted() {
            int open = at++;
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '\'') {
                    at++;
                    return out.toString();
                }
                if (c == '\\' && at + 1 < text.length() && text.charAt(at + 1) == '\'') {
                    out.append('\'');
                    at += 2;
                } else {
                    out.append(c);
                    at++;
                }
            }
            throw new Malformed("unterminated ' quote", open);
        }

        /** {@code $NAME} or {@code ${NAME}}; a lone {@code $} stays itself. */
        private void expand(StringBuilder out) {
            int dollar = at++;
            boolean braced = at < text.length() && text.charAt(at) == '{';
            if (at < text.length() && text.charAt(at) == '(') {
                throw new Malformed("command substitution is never run", dollar);
            }
            if (braced) {
                at++;
            }
            int nameStart = at;
            while (at < text.length() && isNameChar(text.charAt(at), at == nameStart)) {
                at++;
            }
            if (at == nameStart) {
                if (braced) {
                    throw new Malformed("only ${NAME} is expanded", dollar);
                }
                out.append('$');
                return;
            }
            String name = text.substring(nameStart, at);
            if (braced) {
                if (at == text.length() || text.charAt(at) != '}') {
                    throw new Malformed("only ${NAME} is expanded", dollar);
                }
                at++;
            }
            out.append(variables.apply(name).orElse(""));
        }

        private void skipBlanks() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }

        private static boolean isNameChar(char c, boolean first) {
            return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || !first && c >= '0' && c <= '9';
        }
    }

    /** A malformed line, at a 0-based column. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int column;

        Malformed(String message, int column) {
            super(message, null, false, false);
            this.column = column;
        }
    }
}
