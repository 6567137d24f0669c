package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

/**
 * An auto-appended snippet file, read once per site and language. A file of abbreviation definitions
 * ({@code includes/abbreviations.en.txt}) gives its {@code *[TERM]: Definition} lines to every page; its reference
 * link definitions stay Markdown to append, and any other non-blank line is a diagnostic and is ignored, so one
 * bad line does not spoil the others (MkDocs turns a whole pt-BR file into a visible definition list over two
 * such lines). A file without abbreviations is appended as it is, as pymdownx.snippets appends it.
 *
 * @param markdown the lines to append to each page: the file's own lines, those taken out blank (so that line
 *                 numbers hold), or none when nothing is left
 */
record AbbreviationFile(Map<String, String> definitions, List<String> markdown, List<Diagnostic> diagnostics) {
    private static final Pattern LINK_DEFINITION = Pattern.compile(" {0,3}\\[(?!\\^)[^\\]]+\\]:\\s*\\S.*");

    static AbbreviationFile parse(List<String> lines, String shownName) {
        Map<String, String> definitions = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = AbbreviationSyntax.DEFINITION.matcher(line.strip());
            if (m.matches()) {
                definitions.put(m.group(1).strip(), m.group(2));
            }
        }
        if (definitions.isEmpty()) {
            return new AbbreviationFile(Map.of(), lines, List.of());
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<String> markdown = new ArrayList<>(lines.size());
        boolean links = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (LINK_DEFINITION.matcher(line).matches()) {
                markdown.add(line);
                links = true;
                continue;
            }
            markdown.add("");
            if (!line.isBlank() && !AbbreviationSyntax.DEFINITION.matcher(line.strip()).matches()) {
                problems.add(Diagnostic.warning("abbreviation-malformed",
                        "not an abbreviation definition (*[TERM]: Definition); line ignored",
                        SourcePosition.of(shownName, i + 1, 1)));
            }
        }
        return new AbbreviationFile(definitions, links ? markdown : List.of(), problems);
    }
}
