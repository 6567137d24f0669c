package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Where a project's content is and where its output may go. Every check answers with one message
 * that names the parameter and what it accepts.
 */
public final class ProjectPaths {

    private final Path baseDirectory;
    private final Path sourceDirectory;

    private ProjectPaths(Path baseDirectory, Path sourceDirectory) {
        this.baseDirectory = baseDirectory;
        this.sourceDirectory = sourceDirectory;
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
        return new ProjectPaths(base, source);
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
     * The diagnostic with its file named from the project's base directory ({@code src/docs/index.md}),
     * as IDEs and terminals turn it into a link, when the file is found under one of the roots the
     * parser names files from; unchanged otherwise.
     */
    public Diagnostic fromProject(Diagnostic diagnostic, Collection<Path> roots) {
        String file = diagnostic.position().file();
        if (file.isEmpty()) {
            return diagnostic;
        }
        try {
            for (Path root : roots) {
                Path found = normalize(root.resolve(file));
                if (found.startsWith(baseDirectory) && Files.exists(found)) {
                    String shown = baseDirectory.relativize(found).toString().replace('\\', '/');
                    SourcePosition at = diagnostic.position();
                    return new Diagnostic(diagnostic.severity(), diagnostic.code(), diagnostic.message(),
                            SourcePosition.of(shown, at.line(), at.column()));
                }
            }
        } catch (InvalidPathException notAPath) {
            return diagnostic;
        }
        return diagnostic;
    }

    private static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
