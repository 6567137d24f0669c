package dev.folio.parser.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.folio.model.Diagnostic;
import dev.folio.model.ProjectRoot;
import dev.folio.model.SourcePosition;

/**
 * MkDocs' {@code INHERIT: ../en/mkdocs.yml}: the file named (relative to the one that names it) is read first and
 * this one merged over it as MkDocs merges them — maps key by key at every depth, any other value replaced. A
 * parent outside the project, missing, or inheriting in a circle is one warning and is not read.
 */
final class ConfigInheritance {
    private static final String KEY = "INHERIT";
    private static final int MAX_DEPTH = 8;

    private ConfigInheritance() {
    }

    /**
     * @param config      the configuration as read from {@code file}
     * @param shown       how diagnostics name {@code file}
     * @param environment what {@code !ENV} reads in the parents
     */
    static MkDocsConfig resolve(MkDocsConfig config, Path file, String shown, ProjectRoot project,
            Function<String, Optional<String>> environment, List<Diagnostic> diagnostics) {
        return resolve(config, file, shown, project, environment, diagnostics, new ArrayList<>());
    }

    /** The file {@code config} inherits, if it names one. */
    static Optional<Path> parentOf(MkDocsConfig config, Path file) {
        return config.string(KEY).map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> file.toAbsolutePath().getParent().resolve(name).normalize());
    }

    private static MkDocsConfig resolve(MkDocsConfig config, Path file, String shown, ProjectRoot project,
            Function<String, Optional<String>> environment, List<Diagnostic> diagnostics, List<Path> chain) {
        Optional<Path> named = parentOf(config, file);
        if (named.isEmpty()) {
            return config;
        }
        Map<String, Object> own = new LinkedHashMap<>(config.raw());
        own.remove(KEY);
        SourcePosition position = SourcePosition.of(shown, config.lineOf(KEY + ":"), 1);
        chain.add(file.toAbsolutePath().normalize());
        Path parentFile = named.get();
        Optional<Path> readable = project.resolve(parentFile).filter(Files::isRegularFile);
        if (chain.contains(parentFile) || chain.size() > MAX_DEPTH) {
            diagnostics.add(Diagnostic.warning("config-inherit", "INHERIT: " + config.string(KEY).orElse("")
                    + " inherits in a circle; it is not read", position));
            return config.withRaw(own);
        }
        if (readable.isEmpty()) {
            diagnostics.add(Diagnostic.warning("config-inherit", "INHERIT: " + config.string(KEY).orElse("")
                    + " is not a file of the project; it is not read", position));
            return config.withRaw(own);
        }
        String parentShown = shown.contains("/") ? shown.substring(0, shown.lastIndexOf('/') + 1)
                + config.string(KEY).orElse("").strip() : config.string(KEY).orElse("").strip();
        MkDocsConfig parent = MkDocsConfig.read(TextFiles.read(readable.get(), parentShown, diagnostics), parentShown,
                environment);
        diagnostics.addAll(parent.diagnostics());
        parent = resolve(parent, parentFile, parentShown, project, environment, diagnostics, chain);
        return config.withRaw(merged(parent.raw(), own));
    }

    /** {@code over} merged over {@code base}: maps key by key, recursively; any other value replaced. */
    static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        over.forEach((key, value) -> merged.put(key, value instanceof Map<?, ?> && base.get(key) instanceof Map<?, ?>
                ? merged(MkDocsConfig.asMap(base.get(key)), MkDocsConfig.asMap(value)) : value));
        return merged;
    }
}
