package dev.folio.parser.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

/**
 * pymdownx.snippets, run as it runs: on the page's lines before any Markdown is read, so an include works in a
 * code block, raw HTML or a list alike, and the included text joins the page (its reference links, footnotes and
 * abbreviations count like the page's own). The line form {@code --8<-- "file.md"}, the block form (a
 * {@code --8<--} line, a path per line, a closing {@code --8<--}), line ranges {@code file.md:3:8,10:12}, sections
 * {@code file.md:name} between {@code --8<-- [start:name]} and {@code --8<-- [end:name]}, escapes with {@code ;},
 * the include's indentation given to every included line, and the auto-appended files at the end of every page.
 * A {@link SourceMap} keeps where each line came from. Refused paths and include cycles are warnings; missing
 * files and sections are errors under {@code check_paths}, notes otherwise; the rest of the page is kept.
 */
final class SnippetPreprocessor {
    static final int MAX_DEPTH = 8;
    /** More text than any page includes, and a bound for a file that includes another many times, many levels deep. */
    static final int MAX_CHARACTERS = 8 * 1024 * 1024;

    // pymdownx's RE_ALL_SNIPPETS, RE_SNIPPET_SECTION and RE_SNIPPET_FILE.
    private static final Pattern INCLUDE = Pattern.compile("([ \\t]*)(;*)(?:(-+8<-+[ \\t]+)"
            + "(\"(?:\\\\\"|[^\"\\n\\r])+?\"|'(?:\\\\'|[^'\\n\\r])+?')(?![ \\t])|(-+8<-+)(?![ \\t]))\\r?");
    private static final Pattern SECTION = Pattern.compile("(?i)(.*?)(;*)(-+8<-+[ \\t]+)"
            + "(\\[[ \\t]*(start|end)[ \\t]*:[ \\t]*([a-z][-_0-9a-z]*)[ \\t]*\\])(.*?)");
    private static final Pattern FILE = Pattern.compile("(?i)(.*?)(?:((?::-?[0-9]*){1,2}"
            + "(?:(?:,(?=[-0-9:])-?[0-9]*)(?::-?[0-9]*)?)*)|(:[a-z][-_0-9a-z]*))?");

    private final Snippets snippets;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Deque<String> including = new ArrayDeque<>();
    private long characters;
    private boolean overflowReported;

    /** The page's text as Markdown reads it, where its lines came from, and what went wrong on the way. */
    record Expanded(String text, SourceMap map, List<Diagnostic> diagnostics) {
    }

    /** One line of output and where it came from. */
    private record Line(String text, String file, int line, int shift) {
        Line indented(String space) {
            return space.isEmpty() ? this : new Line(space + text, file, line, shift + space.length());
        }

        SourcePosition at(int column) {
            return SourcePosition.of(file, line, Math.max(1, column - shift + 1));
        }
    }

    private SnippetPreprocessor(Snippets snippets) {
        this.snippets = snippets;
    }

    /**
     * @param appended the auto-appended files of the page's language, already read
     */
    static Expanded expand(String markdown, String file, Snippets snippets, List<Snippets.Found> appended) {
        if (appended.isEmpty() && markdown.indexOf("8<") < 0) {
            return new Expanded(markdown, SourceMap.identity(file), List.of());
        }
        SnippetPreprocessor preprocessor = new SnippetPreprocessor(snippets);
        List<String> lines = List.of(markdown.split("\n", -1));
        List<Line> page = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            page.add(new Line(lines.get(i), file, i + 1, 0));
        }
        List<Line> out = preprocessor.parse(page, file, false);
        for (Snippets.Found found : appended) {
            out.add(new Line("", file, lines.size(), 0));
            out.add(new Line("", file, lines.size(), 0));
            out.addAll(preprocessor.included(found, List.of(), null, null));
        }
        return preprocessor.result(out);
    }

    private Expanded result(List<Line> out) {
        StringBuilder text = new StringBuilder();
        String[] files = new String[out.size()];
        int[] lineNumbers = new int[out.size()];
        int[] shifts = new int[out.size()];
        for (int i = 0; i < out.size(); i++) {
            Line line = out.get(i);
            if (i > 0) {
                text.append('\n');
            }
            text.append(line.text());
            files[i] = line.file();
            lineNumbers[i] = line.line();
            shifts[i] = line.shift();
        }
        return new Expanded(text.toString(), new SourceMap(files, lineNumbers, shifts), List.copyOf(diagnostics));
    }

    /** pymdownx's {@code parse_snippets}: the lines of one file with its includes replaced. */
    private List<Line> parse(List<Line> lines, String file, boolean isSection) {
        List<Line> out = new ArrayList<>(lines.size());
        boolean block = false;
        Line blockStart = null;
        for (Line line : lines) {
            Matcher m = INCLUDE.matcher(line.text());
            String space;
            String path;
            if (m.matches()) {
                if (!m.group(2).isEmpty()) {
                    out.add(new Line(line.text().replaceFirst(";", ""), line.file(), line.line(), line.shift()));
                    continue;
                }
                if (block && m.group(3) != null) {
                    continue; // pymdownx ignores a line include directly inside a block
                }
                if (m.group(3) == null) {
                    block = !block;
                    blockStart = line;
                    continue;
                }
                space = m.group(1);
                String quoted = m.group(4);
                path = quoted.substring(1, quoted.length() - 1).strip();
            } else if (!block) {
                if (!isSection && line.text().contains("8<")) {
                    Matcher section = SECTION.matcher(line.text());
                    if (section.matches()) {
                        if (section.group(2).isEmpty()) {
                            continue; // a section marker is never content
                        }
                        out.add(new Line(unescapedSection(section), line.file(), line.line(), line.shift()));
                        continue;
                    }
                }
                out.add(line);
                continue;
            } else {
                int indent = 0;
                String text = line.text();
                while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
                    indent++;
                }
                space = text.substring(0, indent);
                path = text.substring(indent).strip();
                if (path.isEmpty()) {
                    out.add(new Line("", line.file(), line.line(), line.shift()));
                    continue;
                }
            }
            if (path.startsWith(";")) {
                continue; // commented out
            }
            include(path, line.at(space.length()), expandTabs(space), out);
        }
        if (block && blockStart != null) {
            // pymdownx reads paths to the end of the text too; say so, as a stray marker swallows the page.
            diagnostics.add(Diagnostic.warning("snippet-unclosed", "snippet block --8<-- is not closed: every line "
                    + "after it was read as a snippet path", blockStart.at(blockStart.text().indexOf('-'))));
        }
        return out;
    }

    private static String unescapedSection(Matcher section) {
        return section.group(1) + section.group(2).substring(1) + section.group(3) + section.group(4)
                + section.group(7);
    }

    private void include(String written, SourcePosition at, String space, List<Line> out) {
        Matcher m = FILE.matcher(written);
        String path = m.matches() ? m.group(1).strip() : "";
        if (path.isEmpty()) {
            missing(at, "snippet-missing", "snippet names no file: " + written);
            return;
        }
        Optional<String> refusal = snippets.refusal(path);
        if (refusal.isPresent()) {
            diagnostics.add(Diagnostic.warning("snippet-refused", refusal.get(), at));
            return;
        }
        Optional<Snippets.Found> found = snippets.find(path);
        if (found.isEmpty()) {
            Optional<String> escape = snippets.escape(path);
            if (escape.isPresent()) {
                diagnostics.add(Diagnostic.warning("snippet-refused", escape.get(), at));
            } else {
                missing(at, "snippet-missing", "snippet file not found: " + path);
            }
            return;
        }
        String key = found.get().file().toString();
        if (including.contains(key)) {
            diagnostics.add(Diagnostic.warning("snippet-cycle", "snippet " + path + " includes itself", at));
            return;
        }
        if (including.size() >= MAX_DEPTH) {
            diagnostics.add(Diagnostic.warning("snippet-depth", "snippets nested deeper than " + MAX_DEPTH
                    + " levels", at));
            return;
        }
        List<int[]> ranges = m.group(2) == null ? List.of() : ranges(m.group(2));
        String section = m.group(3) == null ? null : m.group(3).substring(1);
        for (Line line : included(found.get(), ranges, section, at)) {
            out.add(line.indented(space));
        }
    }

    /** A file's lines, cut to its ranges or section, with its own includes replaced. */
    private List<Line> included(Snippets.Found found, List<int[]> ranges, String section, SourcePosition at) {
        List<Line> lines = new ArrayList<>(found.lines().size());
        for (int i = 0; i < found.lines().size(); i++) {
            lines.add(new Line(found.lines().get(i), found.shownName(), i + 1, 0));
        }
        if (!lines.isEmpty() && !ranges.isEmpty()) {
            lines = lines(lines, ranges);
            if (snippets.options().dedentSubsections()) {
                lines = dedent(lines);
            }
        } else if (!lines.isEmpty() && section != null) {
            lines = section(lines, section, at, found.shownName());
        }
        characters += lines.stream().mapToLong(l -> l.text().length() + 1).sum();
        if (characters > MAX_CHARACTERS) {
            if (!overflowReported && at != null) {
                diagnostics.add(Diagnostic.warning("snippet-size", "snippets expand to more than "
                        + MAX_CHARACTERS / (1024 * 1024) + " MB of text; further includes are left out", at));
            }
            overflowReported = true;
            return new ArrayList<>();
        }
        including.push(found.file().toString());
        try {
            return parse(lines, found.shownName(), section != null);
        } finally {
            including.pop();
        }
    }

    /** The {@code :start:end} selections, as pymdownx computes them: 1-based, negative from the end, 0 as 1. */
    private static List<int[]> ranges(String spec) {
        List<int[]> ranges = new ArrayList<>();
        for (String numbers : spec.substring(1).split(",", -1)) {
            String[] span = numbers.split(":", -1);
            Integer start = number(span[0]);
            Integer end = span.length > 1 ? number(span[1]) : null;
            int s = start == null ? Integer.MIN_VALUE : start < 0 ? start : Math.max(0, start - 1);
            int e = end == null ? Integer.MAX_VALUE : end;
            ranges.add(new int[] {s, e});
        }
        return ranges;
    }

    private static Integer number(String digits) {
        if (digits.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return digits.startsWith("-") ? Integer.MIN_VALUE + 1 : Integer.MAX_VALUE - 1;
        }
    }

    private static List<Line> lines(List<Line> lines, List<int[]> ranges) {
        int total = lines.size();
        List<Line> out = new ArrayList<>();
        for (int[] range : ranges) {
            int start = range[0] == Integer.MIN_VALUE ? 0
                    : range[0] < 0 ? clamp((long) total + range[0], total) : Math.min(range[0], total);
            int end = range[1] == Integer.MAX_VALUE ? total
                    : range[1] < 0 ? clamp((long) total + 1 + range[1], total) : Math.min(range[1], total);
            if (end > start) {
                out.addAll(lines.subList(start, end));
            }
        }
        return out;
    }

    private static int clamp(long value, int max) {
        return (int) Math.max(0, Math.min(max, value));
    }

    /** pymdownx's {@code extract_section}: the lines between the named start and end markers. */
    private List<Line> section(List<Line> lines, String name, SourcePosition at, String file) {
        List<Line> out = new ArrayList<>();
        boolean in = false;
        boolean found = false;
        for (Line line : lines) {
            Matcher m = line.text().contains("8<") ? SECTION.matcher(line.text()) : null;
            boolean marker = m != null && m.matches();
            if (marker && in && !m.group(2).isEmpty()) {
                line = new Line(unescapedSection(m), line.file(), line.line(), line.shift());
            } else if (marker && m.group(6).equals(name)) {
                boolean start = m.group(5).equalsIgnoreCase("start");
                if (!in && start) {
                    in = true;
                    found = true;
                    continue;
                } else if (in && start) {
                    continue;
                }
                break; // its end, or an end before any start
            } else if (marker && in) {
                continue; // another section's marker
            }
            if (in) {
                out.add(line);
            }
        }
        if (!found) {
            missing(at, "snippet-missing", "snippet section '" + name + "' not found in " + file);
        }
        return snippets.options().dedentSubsections() ? dedent(out) : out;
    }

    /** Python's {@code textwrap.dedent}: the whitespace every non-blank line starts with is removed. */
    private static List<Line> dedent(List<Line> lines) {
        String margin = null;
        for (Line line : lines) {
            String text = line.text();
            if (text.isBlank()) {
                continue;
            }
            int indent = 0;
            while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
                indent++;
            }
            String own = text.substring(0, indent);
            if (margin == null) {
                margin = own;
            } else {
                int common = 0;
                while (common < margin.length() && common < own.length() && margin.charAt(common) == own.charAt(common)) {
                    common++;
                }
                margin = margin.substring(0, common);
            }
        }
        int cut = margin == null ? 0 : margin.length();
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            if (line.text().isBlank()) {
                out.add(new Line("", line.file(), line.line(), line.shift()));
            } else {
                out.add(new Line(line.text().substring(cut), line.file(), line.line(), line.shift() - cut));
            }
        }
        return out;
    }

    /**
     * A missing file or section: an error under {@code check_paths} (MkDocs stops there), otherwise a note, as
     * pymdownx drops the include silently and a build lists notes only when asked.
     */
    private void missing(SourcePosition at, String code, String message) {
        if (at != null) {
            diagnostics.add(snippets.options().checkPaths() ? Diagnostic.error(code, message, at)
                    : Diagnostic.info(code, message, at));
        }
    }

    private static String expandTabs(String space) {
        if (space.indexOf('\t') < 0) {
            return space;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < space.length(); i++) {
            if (space.charAt(i) == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % 4 != 0);
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
