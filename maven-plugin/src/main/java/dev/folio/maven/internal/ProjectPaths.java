package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a project's content is and where its output may go. Every check answers with one message
 * that names the parameter and what it accepts.
 */
public final class ProjectPaths {

    private static final String CONFIG_NAME = "mkdocs.yml";

    private final Path baseDirectory;
    private final Path sourceDirectory;
    private final String configName;

    private ProjectPaths(Path baseDirectory, Path sourceDirectory, String configName) {
        this.baseDirectory = baseDirectory;
        this.sourceDirectory = sourceDirectory;
        this.configName = configName;
    }

    /**
     * @param configFile the {@code configFile} parameter, or {@code null}: {@code mkdocs.yml} in the source
     *                   directory. When set, its folder is the source directory.
     * @throws IllegalArgumentException when the file or folder does not exist, or the two disagree
     */
    public static ProjectPaths of(Path baseDirectory, Path configured, Path configFile) {
        if (configFile == null) {
            return of(baseDirectory, configured);
        }
        Path config = normalize(configFile);
        if (!Files.isRegularFile(config)) {
            throw new IllegalArgumentException("configFile: " + config + " is not a file. It accepts the path of a"
                    + " MkDocs configuration file of any name (default: mkdocs.yml in the sourceDirectory)");
        }
        Path folder = config.getParent();
        if (configured != null && !normalize(configured).equals(folder)) {
            throw new IllegalArgumentException("configFile: " + config + " is not in the sourceDirectory "
                    + normalize(configured) + ". Its folder is the source directory: set one of the two");
        }
        return new ProjectPaths(normalize(baseDirectory), of(baseDirectory, folder).sourceDirectory,
                config.getFileName().toString());
    }

    /** The name of the configuration file in the source directory. */
    public String configName() {
        return configName;
    }

    /**
     * @param configured the {@code sourceDirectory} parameter, or {@code null} for the default: the base
     *                   directory when it holds {@code mkdocs.yml}, else {@code src/docs}
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static ProjectPaths of(Path baseDirectory, Path configured) {
        Path base = normalize(baseDirectory);
        Path source = configured != null ? normalize(configured)
                : Files.isRegularFile(base.resolve("mkdocs.yml")) ? base : base.resolve("src/docs");
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("sourceDirectory: " + source + " is not a folder. It accepts the"
                    + " folder that holds mkdocs.yml, or the folder of the Markdown pages (default src/docs,"
                    + " or the project's base directory when it holds mkdocs.yml)");
        }
        return new ProjectPaths(base, source, CONFIG_NAME);
    }

    public Path sourceDirectory() {
        return sourceDirectory;
    }

    /**
     * @param parameter the setting the folder comes from, for the message
     * @return the folder, absolute
     * @throws IllegalArgumentException when it is, or contains, the base or the source directory: a
     *                                  renderer may clean its output folder
     */
    public Path checkOutput(Path configured, String parameter) {
        Path output = normalize(configured);
        for (Path guarded : new Path[] {baseDirectory, sourceDirectory}) {
            if (guarded.startsWith(output)) {
                String what = guarded.equals(baseDirectory) ? "the project's base directory " : "the sourceDirectory ";
                throw new IllegalArgumentException(parameter + ": " + output + (guarded.equals(output) ? " is " : " contains ")
                        + what + guarded + ". It accepts a folder of its own, such as target/site");
            }
        }
        return output;
    }

    /**
     * The diagnostics with their files named from the project's base directory ({@code src/docs/index.md}),
     * as IDEs and terminals turn them into links, when the file is found under one of the roots the
     * parser names files from; unchanged otherwise. Each file is looked up once: a large site reports
     * thousands of diagnostics from a few hundred files.
     */
    public List<Diagnostic> fromProject(List<Diagnostic> diagnostics, Collection<Path> roots) {
        Map<String, Optional<String>> shownByFile = new HashMap<>();
        List<Diagnostic> named = new ArrayList<>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            SourcePosition at = diagnostic.position();
            Optional<String> shown = at.file().isEmpty() ? Optional.empty()
                    : shownByFile.computeIfAbsent(at.file(), file -> fromProject(file, roots));
            named.add(shown.map(file -> new Diagnostic(diagnostic.severity(), diagnostic.code(), diagnostic.message(),
                    SourcePosition.of(file, at.line(), at.column()))).orElse(diagnostic));
        }
        return List.copyOf(named);
    }

    private Optional<String> fromProject(String file, Collection<Path> roots) {
        try {
            for (Path root : roots) {
                Path found = normalize(root.resolve(file));
                if (found.startsWith(baseDirectory) && Files.exists(found)) {
                    return Optional.of(baseDirectory.relativize(found).toString().replace('\\', '/'));
                }
            }
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
