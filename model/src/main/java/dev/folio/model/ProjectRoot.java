package dev.folio.model;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The folder nothing a site reads may come from outside of: the folder of {@code mkdocs.yml}, or one a
 * build names. Every page, snippet, image, asset, template and font is resolved through it with symbolic
 * links followed, so a link in {@code docs/} to {@code /etc/passwd} or {@code ~/.m2/settings.xml} is refused
 * rather than published (sites build previews of anyone's pull request). Loops are reported, not followed.
 */
public final class ProjectRoot {
    /** Deeper than any real site's folders; a bound so that a hostile tree cannot make a walk endless. */
    private static final int MAX_FOLDER_DEPTH = 64;

    private final Path real;

    private ProjectRoot(Path real) {
        this.real = real;
    }

    /** The folder with its symbolic links resolved (as written, made absolute, when it does not exist). */
    public static ProjectRoot of(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            return new ProjectRoot(absolute.toRealPath());
        } catch (IOException | SecurityException e) {
            return new ProjectRoot(absolute);
        }
    }

    public Path path() {
        return real;
    }

    /**
     * The file's real path when it exists and, its symbolic links followed, lies inside the project; empty
     * otherwise. What is read is the returned path, so a link swapped after the check cannot lead outside.
     */
    public Optional<Path> resolve(Path file) {
        try {
            Path target = file.toAbsolutePath().normalize().toRealPath();
            return target.startsWith(real) ? Optional.of(target) : Optional.empty();
        } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    public boolean contains(Path file) {
        return resolve(file).isPresent();
    }

    /** What a walk found that it did not follow, for the caller to report where its user will look. */
    public interface Refusals {
        /** @param path the file or folder as found under the walked folder */
        void refused(Path path, String reason);
    }

    /**
     * The regular files under {@code folder}, named as found there (not as their links resolve), in walk
     * order: symbolic links are followed while they stay inside the project; a link leaving it, a loop, a
     * broken link or an unreadable folder is passed to {@code refusals} and skipped.
     */
    public List<Path> files(Path folder, Refusals refusals) {
        Objects.requireNonNull(refusals);
        List<Path> files = new ArrayList<>();
        if (!contains(folder)) {
            refusals.refused(folder, "is outside the project folder " + real);
            return files;
        }
        Path walkedReal = resolve(folder).orElse(real);
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_FOLDER_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (dir.equals(folder)) {
                                return FileVisitResult.CONTINUE;
                            }
                            Optional<Path> target = resolve(dir);
                            if (target.isEmpty()) {
                                refusals.refused(dir, "links outside the project folder; not read");
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            // A link to the walked folder or above it (docs/sub/up -> ../..) leads back into it:
                            // the JDK sees a loop only at the second pass, after the whole project was listed.
                            if (walkedReal.startsWith(target.get())) {
                                refusals.refused(dir, "is a symbolic link loop; not followed");
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isSymbolicLink()) {
                                refusals.refused(file, "is a broken symbolic link");
                            } else if (attributes.isDirectory()) {
                                refusals.refused(file, "is nested deeper than " + MAX_FOLDER_DEPTH + " folders; not read");
                            } else if (!attributes.isRegularFile()) {
                                return FileVisitResult.CONTINUE; // devices, sockets, pipes: never content
                            } else if (!contains(file)) {
                                refusals.refused(file, "links outside the project folder; not read");
                            } else {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            refusals.refused(file, e instanceof FileSystemLoopException
                                    ? "is a symbolic link loop; not followed"
                                    : "could not be read (" + e.getClass().getSimpleName() + ")");
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | SecurityException e) {
            refusals.refused(folder, "could not be listed (" + e.getClass().getSimpleName() + ")");
        }
        return files;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ProjectRoot root && root.real.equals(real);
    }

    @Override
    public int hashCode() {
        return real.hashCode();
    }

    @Override
    public String toString() {
        return real.toString();
    }
}
