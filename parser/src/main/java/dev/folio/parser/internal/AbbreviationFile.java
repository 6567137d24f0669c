package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

/**
 * An auto-appended snippet file of abbreviation definitions ({@code includes/abbreviations.en.txt}).
 * Each {@code *[TERM]: Definition} line counts; any other non-blank line is a diagnostic and is
 * ignored, so one bad line does not spoil the others (MkDocs turns a whole pt-BR file into a
 * visible definition list over two such lines). Read once per site and language.
 */
record AbbreviationFile(Map<String, String> definitions, List<Diagnostic> diagnostics) {
    static AbbreviationFile parse(String text, String shownName) {
        Map<String, String> definitions = new LinkedHashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher m = AbbreviationSyntax.DEFINITION.matcher(line.strip());
            if (m.matches()) {
                definitions.put(m.group(1).strip(), m.group(2));
            } else {
                problems.add(Diagnostic.warning("abbreviation-malformed",
                        "not an abbreviation definition (*[TERM]: Definition); line ignored",
                        SourcePosition.of(shownName, i + 1, 1)));
            }
        }
        return new AbbreviationFile(definitions, problems);
    }
}
