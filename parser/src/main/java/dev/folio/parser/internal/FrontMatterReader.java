package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.Diagnostic;
import dev.folio.model.FrontMatter;
import dev.folio.model.SourcePosition;

/**
 * Splits a page into its YAML front matter ({@code ---} on the very first line, up to the next
 * {@code ---} or {@code ...} line) and its Markdown. Without YAML, MultiMarkdown-style lines at the top
 * ({@code Description: text}, continued by lines indented four spaces, up to a blank line) are the page's
 * metadata, as MkDocs reads every page (its {@code meta.get_data}), keys lower-cased, values text. The front
 * matter's lines are replaced by empty lines in the Markdown, so every position the Markdown parser reports is
 * already a file position.
 */
final class FrontMatterReader {
    /** The page split in two, and what was wrong with its front matter. */
    record Split(FrontMatter frontMatter, String markdown, List<Diagnostic> diagnostics) {
    }

    private FrontMatterReader() {
    }

    static Split read(String text, String file) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstEnd = lineEnd(source, 0);
        if (!isFence(source, 0, firstEnd, false)) {
            return multiMarkdown(source);
        }
        int lineStart = nextLine(source, firstEnd);
        int lines = 1;
        while (lineStart < source.length()) {
            int end = lineEnd(source, lineStart);
            lines++;
            if (isFence(source, lineStart, end, true)) {
                String yaml = source.substring(nextLine(source, firstEnd), lineStart);
                String markdown = "\n".repeat(lines) + source.substring(nextLine(source, end));
                return parse(yaml, markdown, file);
            }
            lineStart = nextLine(source, end);
        }
        // No closing fence: not front matter, as MkDocs sees it; the page is all Markdown.
        return new Split(FrontMatter.EMPTY, source, List.of());
    }

    private static Split parse(String yaml, String markdown, String file) {
        SafeYaml.Result result = SafeYaml.get().load(yaml);
        List<Diagnostic> problems = new ArrayList<>();
        // The YAML text starts on the file's second line.
        for (OpaqueTagConstructor.ForeignTag tag : result.foreignTags()) {
            problems.add(Diagnostic.error("yaml", "front matter: tag " + tag.tag() + " is not allowed; kept as text",
                    SourcePosition.of(file, tag.line() + 2, tag.column() + 1)));
        }
        if (result.failure().isPresent()) {
            SafeYaml.Failure failure = result.failure().get();
            // An error at the end of the YAML is reported on the closing fence, not on a line after it.
            int closingFence = 2 + (int) yaml.chars().filter(c -> c == '\n').count();
            boolean pastEnd = failure.line() + 2 >= closingFence;
            problems.add(Diagnostic.error("yaml", "front matter: " + failure.message(), SourcePosition.of(file,
                    pastEnd ? closingFence : failure.line() + 2, pastEnd ? 1 : failure.column() + 1)));
            return new Split(FrontMatter.EMPTY, markdown, problems);
        }
        if (result.value() != null && !(result.value() instanceof Map)) {
            problems.add(Diagnostic.error("yaml", "front matter is not a map of keys and values",
                    SourcePosition.of(file, 2, 1)));
            return new Split(FrontMatter.EMPTY, markdown, problems);
        }
        return new Split(FrontMatter.of(result.map()), markdown, problems);
    }

    private static final Pattern META = Pattern.compile("[ ]{0,3}([A-Za-z0-9_-]+):\\s*(.*)");
    private static final Pattern META_MORE = Pattern.compile("(?:[ ]{4}|\t)\\s*(.*)");

    /** MkDocs' MultiMarkdown-style metadata: {@code key: value} lines until a blank line or a line that is neither. */
    private static Split multiMarkdown(String source) {
        Map<String, Object> data = new LinkedHashMap<>();
        String key = null;
        int at = 0;
        int lines = 0;
        while (at < source.length()) {
            int end = lineEnd(source, at);
            String line = source.substring(at, end);
            if (line.isBlank()) {
                at = nextLine(source, end);
                lines++;
                break; // the blank line ends the metadata and goes with it
            }
            Matcher entry = META.matcher(line);
            Matcher more = META_MORE.matcher(line);
            if (entry.matches()) {
                key = entry.group(1).toLowerCase(Locale.ROOT).strip();
                String value = entry.group(2).strip();
                data.merge(key, value, (earlier, added) -> earlier + " " + added);
            } else if (key != null && more.matches()) {
                data.merge(key, more.group(1).strip(), (earlier, added) -> earlier + " " + added);
            } else {
                break;
            }
            at = nextLine(source, end);
            lines++;
        }
        if (data.isEmpty()) {
            return new Split(FrontMatter.EMPTY, source, List.of());
        }
        return new Split(FrontMatter.of(data), "\n".repeat(lines) + source.substring(at), List.of());
    }

    private static boolean isFence(String text, int start, int end, boolean closing) {
        String line = text.substring(start, end).stripTrailing();
        return line.equals("---") || closing && line.equals("...");
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        int end = newline < 0 ? text.length() : newline;
        return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static int nextLine(String text, int lineEnd) {
        int newline = text.indexOf('\n', lineEnd);
        return newline < 0 ? text.length() : newline + 1;
    }
}
