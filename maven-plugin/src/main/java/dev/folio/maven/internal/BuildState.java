package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Severity;
import dev.folio.model.SourcePosition;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the last successful render of one execution left behind: the fingerprint of its input, the
 * files it wrote (with the classifier of each PDF), and its diagnostics, which an up-to-date build
 * shows again; and, for an incremental build, the fingerprint of the settings alone, each source file's
 * hash and each page's {@link PageShape}. Kept in a properties file in the build directory.
 *
 * @param outputs  every file written, with the classifier of the PDFs among them and "" for the others
 * @param settings the fingerprint of the settings and the plugin's jars
 * @param files    each source file's hash, by its path from the source directory
 * @param stamps   each source file's size and modification time when hashed ({@link Fingerprint.Result#stamps})
 * @param shapes   each page's shape, by {@code language:sourcePath}
 */
public record BuildState(String fingerprint, Map<Path, String> outputs, List<Diagnostic> diagnostics, String settings,
        Map<String, String> files, Map<String, String> stamps, Map<String, String> shapes) {

    public BuildState {
        outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        diagnostics = List.copyOf(diagnostics);
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        stamps = java.util.Collections.unmodifiableMap(new TreeMap<>(stamps));
        shapes = java.util.Collections.unmodifiableMap(new TreeMap<>(shapes));
    }

    /** A state without what incremental builds need: the next change renders everything. */
    public BuildState(String fingerprint, Map<Path, String> outputs, List<Diagnostic> diagnostics) {
        this(fingerprint, outputs, diagnostics, "", Map.of(), Map.of(), Map.of());
    }

    /** Whether every output file is still there. */
    public boolean outputsPresent() {
        return outputs.keySet().stream().allMatch(Files::isRegularFile);
    }

    /** Whether this state's output is still all there, so that the same input needs no rendering. */
    public boolean isCurrent(String currentFingerprint) {
        return fingerprint.equals(currentFingerprint) && outputsPresent();
    }

    /** Empty when there is no state, or it cannot be read: then the build renders. */
    public static Optional<BuildState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            Map<Path, String> outputs = new LinkedHashMap<>();
            for (int i = 0; properties.containsKey("output." + i); i++) {
                outputs.put(Path.of(properties.getProperty("output." + i)),
                        properties.getProperty("output." + i + ".language", ""));
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int i = 0; properties.containsKey("diagnostic." + i + ".message"); i++) {
                String key = "diagnostic." + i + ".";
                diagnostics.add(new Diagnostic(Severity.valueOf(properties.getProperty(key + "severity")),
                        properties.getProperty(key + "code"), properties.getProperty(key + "message"),
                        SourcePosition.of(properties.getProperty(key + "file"),
                                Integer.parseInt(properties.getProperty(key + "line")),
                                Integer.parseInt(properties.getProperty(key + "column")))));
            }
            return Optional.of(new BuildState(properties.getProperty("fingerprint", ""), outputs, diagnostics,
                    properties.getProperty("settings", ""), prefixed(properties, "file."),
                    prefixed(properties, "stamp."), prefixed(properties, "shape.")));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Map<String, String> prefixed(Properties properties, String prefix) {
        Map<String, String> found = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                found.put(name.substring(prefix.length()), properties.getProperty(name));
            }
        }
        return found;
    }

    /** Writes the state atomically: a build stopped half way leaves the old state or none. */
    public void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("fingerprint", fingerprint);
        int i = 0;
        for (Map.Entry<Path, String> output : outputs.entrySet()) {
            properties.setProperty("output." + i, output.getKey().toString());
            if (!output.getValue().isEmpty()) {
                properties.setProperty("output." + i + ".language", output.getValue());
            }
            i++;
        }
        i = 0;
        for (Diagnostic diagnostic : diagnostics) {
            String key = "diagnostic." + i++ + ".";
            properties.setProperty(key + "severity", diagnostic.severity().name());
            properties.setProperty(key + "code", diagnostic.code());
            properties.setProperty(key + "message", diagnostic.message());
            properties.setProperty(key + "file", diagnostic.position().file());
            properties.setProperty(key + "line", Integer.toString(diagnostic.position().line()));
            properties.setProperty(key + "column", Integer.toString(diagnostic.position().column()));
        }
        properties.setProperty("settings", settings);
        files.forEach((name, hash) -> properties.setProperty("file." + name, hash));
        stamps.forEach((name, stamp) -> properties.setProperty("stamp." + name, stamp));
        shapes.forEach((key, shape) -> properties.setProperty("shape." + key, shape));
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(out, "Folio: the last build of this execution, for the up-to-date check");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
