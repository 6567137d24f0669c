package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Severity;
import dev.folio.model.SourcePosition;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
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
import java.util.TreeMap;

/**
 * What the last successful render of one execution left behind: the fingerprint of its input, the
 * files it wrote (with the classifier of each PDF), and its diagnostics, which an up-to-date build
 * shows again; and, for an incremental build, the fingerprint of the settings alone, each source file's
 * hash and each page's {@link PageShape}. Kept in a file in the build directory
 * ({@code target/folio-maven-plugin/<goal>-<execution>.state}), read only by the next build of the same version.
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

    /** The first line of a state file; a file from another format is not read (the build then renders). */
    private static final String HEADER = "folio-build-state\t2";

    /** Empty when there is no state, or it cannot be read: then the build renders. */
    public static Optional<BuildState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) {
                return Optional.empty();
            }
            String fingerprint = "";
            String settings = "";
            Map<Path, String> outputs = new LinkedHashMap<>();
            List<Diagnostic> diagnostics = new ArrayList<>();
            Map<String, Map<String, String>> named = Map.of("file", new TreeMap<>(), "stamp", new TreeMap<>(),
                    "shape", new TreeMap<>());
            boolean complete = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] fields = fields(line);
                switch (fields[0]) {
                    case "fingerprint" -> fingerprint = fields[1];
                    case "settings" -> settings = fields[1];
                    case "output" -> outputs.put(Path.of(fields[1]), fields[2]);
                    case "diagnostic" -> diagnostics.add(new Diagnostic(Severity.valueOf(fields[1]), fields[2],
                            fields[6], SourcePosition.of(fields[3], Integer.parseInt(fields[4]),
                                    Integer.parseInt(fields[5]))));
                    case "file", "stamp", "shape" -> named.get(fields[0]).put(fields[1], fields[2]);
                    case "end" -> complete = true;
                    default -> throw new IOException("unknown line: " + fields[0]);
                }
            }
            if (!complete) {
                return Optional.empty();
            }
            return Optional.of(new BuildState(fingerprint, outputs, diagnostics, settings, named.get("file"),
                    named.get("stamp"), named.get("shape")));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Writes the state atomically: a build stopped half way leaves the old state or none. One record per
     * line, fields separated by tabs: a build of a large site has tens of thousands (a properties file
     * took a quarter of a second to write and read again under C1).
     */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary),
                StandardCharsets.UTF_8), 64 * 1024)) {
            out.write(HEADER);
            out.write('\n');
            line(out, "fingerprint", fingerprint);
            line(out, "settings", settings);
            for (Map.Entry<Path, String> output : outputs.entrySet()) {
                line(out, "output", output.getKey().toString(), output.getValue());
            }
            for (Diagnostic diagnostic : diagnostics) {
                SourcePosition at = diagnostic.position();
                line(out, "diagnostic", diagnostic.severity().name(), diagnostic.code(), at.file(),
                        Integer.toString(at.line()), Integer.toString(at.column()), diagnostic.message());
            }
            for (Map.Entry<String, String> entry : files.entrySet()) {
                line(out, "file", entry.getKey(), entry.getValue());
            }
            for (Map.Entry<String, String> entry : stamps.entrySet()) {
                line(out, "stamp", entry.getKey(), entry.getValue());
            }
            for (Map.Entry<String, String> entry : shapes.entrySet()) {
                line(out, "shape", entry.getKey(), entry.getValue());
            }
            // A state cut short (a full disk) must not pass for a whole one.
            out.write("end\n");
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void line(Writer out, String kind, String... values) throws IOException {
        out.write(kind);
        for (String value : values) {
            out.write('\t');
            if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0
                    && value.indexOf('\r') < 0) {
                out.write(value); // nearly every value: written whole
                continue;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(c);
                }
            }
        }
        out.write('\n');
    }

    /** A line's fields, tabs split and escapes undone. */
    private static String[] fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                field.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
