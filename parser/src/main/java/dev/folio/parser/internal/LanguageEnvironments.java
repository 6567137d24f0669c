package dev.folio.parser.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.folio.model.Diagnostic;
import dev.folio.model.ProjectRoot;

/**
 * What {@code !ENV NAME} in {@code mkdocs.yml} reads for each language. A site such as Privacy Guides
 * sources {@code includes/strings.<lang>.env} before running MkDocs once per language; Folio builds
 * every language in one run, so it resolves {@code !ENV} per language: the process environment first
 * (an explicit override, as with MkDocs), then the language's file, then the default written in
 * {@code mkdocs.yml}. Immutable and thread-safe.
 */
public final class LanguageEnvironments {
    /** The placeholder a pattern's language code goes in. */
    public static final String LANGUAGE = "{lang}";

    private final String pattern;
    private final Map<String, String> variables;

    /**
     * @param pattern   the file of a language, relative to the project folder, {@value #LANGUAGE} standing for its
     *                  code; empty for none
     * @param variables the process environment (or what stands for it)
     */
    public LanguageEnvironments(String pattern, Map<String, String> variables) {
        this.pattern = pattern;
        this.variables = Map.copyOf(variables);
    }

    /** The process environment alone: what {@code !ENV} reads where a language has no file. */
    Function<String, Optional<String>> process() {
        return name -> Optional.ofNullable(variables.get(name));
    }

    /** The language's file under {@code root}, if the pattern names one that exists there (links followed). */
    Optional<Path> file(Path root, String language) {
        if (pattern.isBlank()) {
            return Optional.empty();
        }
        try {
            Path file = root.resolve(pattern.replace(LANGUAGE, language)).normalize();
            return Files.isRegularFile(file) ? ProjectRoot.of(root).resolve(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The variables of one language: the process environment, then its file (read here; its malformed
     * lines go to {@code diagnostics}, named relative to {@code root}).
     */
    Function<String, Optional<String>> forLanguage(Path root, String language, List<Diagnostic> diagnostics) {
        Optional<Path> file = file(root, language);
        if (file.isEmpty()) {
            return process();
        }
        String shown = SiteLoader.slashes(ProjectRoot.of(root).path().relativize(file.get()));
        EnvFile values = EnvFile.parse(TextFiles.read(file.get(), shown, diagnostics), shown, process());
        diagnostics.addAll(values.diagnostics());
        Function<String, Optional<String>> process = process();
        return name -> process.apply(name).or(() -> values.get(name));
    }
}
