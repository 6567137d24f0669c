package dev.folio.model;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Patterns over paths relative to a docs folder ({@code /}-separated), in {@code .gitignore} syntax as MkDocs
 * reads {@code exclude_docs}, {@code draft_docs} and {@code not_in_nav}: one pattern per line, {@code #} comments,
 * {@code !} re-includes, a trailing {@code /} matches folders only (and so everything in them), a pattern with a
 * {@code /} before its end is anchored to the docs folder and any other matches a name at any depth, {@code *},
 * {@code ?}, {@code [a-z]} and {@code **}. The last pattern that matches a path or one of its folders decides.
 */
public final class PathPatterns {
    /** What MkDocs never publishes unless {@code exclude_docs} re-includes it: hidden files and {@code templates/}. */
    private static final List<String> ALWAYS_EXCLUDED = List.of(".*", "/templates/");

    public static final PathPatterns NONE = new PathPatterns(List.of());

    private record Rule(Pattern pattern, boolean negated, boolean foldersOnly) {
    }

    private final List<Rule> rules;

    private PathPatterns(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The patterns of a {@code .gitignore}-style text; a line that is no valid pattern is left out. */
    public static PathPatterns parse(String lines) {
        return of(List.of(lines.split("\r?\n")));
    }

    public static PathPatterns of(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            rule(line).ifPresent(rules::add);
        }
        return new PathPatterns(rules);
    }

    /**
     * The docs files MkDocs leaves out of a build: hidden files and folders, a top-level {@code templates/}, then
     * what {@code exclude_docs} and {@code draft_docs} add (or re-include with {@code !}).
     */
    public static PathPatterns excludedDocs(Map<String, @Nullable Object> config) {
        List<String> lines = new ArrayList<>(ALWAYS_EXCLUDED);
        lines.addAll(lines(config.get("exclude_docs")));
        lines.addAll(lines(config.get("draft_docs")));
        return of(lines);
    }

    /** The lines of a setting written as a block of text ({@code |}) or, forgivingly, as a list. */
    public static List<String> lines(@Nullable Object setting) {
        if (setting instanceof String text) {
            return List.of(text.split("\r?\n"));
        }
        if (setting instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** Whether the patterns take in this file (a path relative to the docs folder, {@code /}-separated). */
    public boolean matches(String path) {
        return matches(path, false);
    }

    /** Whether the patterns take in this folder, and so everything in it. */
    public boolean matchesFolder(String path) {
        return matches(path, true);
    }

    private boolean matches(String path, boolean isFolder) {
        if (rules.isEmpty()) {
            return false;
        }
        String[] segments = path.split("/");
        boolean matched = false;
        for (Rule rule : rules) {
            if (matched == !rule.negated()) {
                continue;
            }
            // The file itself, or one of its folders (a folder pattern takes in everything inside it).
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                if (i > 0) {
                    prefix.append('/');
                }
                prefix.append(segments[i]);
                boolean folder = isFolder || i < segments.length - 1;
                if ((folder || !rule.foldersOnly()) && rule.pattern().matcher(prefix).matches()) {
                    matched = !rule.negated();
                    break;
                }
            }
        }
        return matched;
    }

    private static java.util.Optional<Rule> rule(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return java.util.Optional.empty();
        }
        boolean negated = text.startsWith("!");
        if (negated) {
            text = text.substring(1);
        }
        boolean foldersOnly = text.endsWith("/");
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        boolean anchored = text.contains("/");
        while (text.startsWith("/")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            Pattern pattern = Pattern.compile((anchored ? "" : "(?:.*/)?") + regex(text));
            return java.util.Optional.of(new Rule(pattern, negated, foldersOnly));
        } catch (PatternSyntaxException unusable) {
            return java.util.Optional.empty();
        }
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else if (c == '[' && glob.indexOf(']', i + 2) > 0) {
                int end = glob.indexOf(']', i + 2);
                String body = glob.substring(i + 1, end);
                if (body.startsWith("!")) {
                    body = "^" + body.substring(1);
                }
                regex.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                i = end + 1;
            } else if (c == '\\' && i + 1 < glob.length()) {
                regex.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                i += 2;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }
}
