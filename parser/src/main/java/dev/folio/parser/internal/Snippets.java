package dev.folio.parser.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.folio.model.ProjectRoot;

/**
 * Where snippet files may come from: the configured base folders ({@code pymdownx.snippets.base_path},
 * MkDocs' default is the project folder). Absolute paths, {@code ..} escapes and URLs are refused, and
 * so is a file whose symbolic links lead out of the project. Immutable and thread-safe.
 */
final class Snippets {
    static final Snippets NONE = new Snippets(null, null, List.of());
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path project;
    private final ProjectRoot confinement;
    private final List<Path> bases;

    /** A file found for an include: its text and the name diagnostics give it. */
    record Found(String text, String shownName, Path file) {
    }

    /**
     * @param project     the folder names are shown relative to; null when there is no site
     * @param confinement the folder every snippet file must be inside, links followed; null when there is no site
     */
    Snippets(Path project, ProjectRoot confinement, List<Path> bases) {
        this.project = project == null ? null : project.toAbsolutePath().normalize();
        this.confinement = confinement;
        this.bases = bases.stream().map(b -> b.toAbsolutePath().normalize()).toList();
    }

    /** Why a path cannot be included, or empty when it may be looked up. */
    static Optional<String> refusal(String path) {
        if (path.isBlank()) {
            return Optional.of("empty snippet path");
        }
        if (URL.matcher(path).find() || path.startsWith("//")) {
            return Optional.of("snippet URLs are not fetched: " + path);
        }
        if (path.startsWith("/") || path.startsWith("\\") || isAbsolute(path)) {
            return Optional.of("absolute snippet paths are refused: " + path);
        }
        for (String part : path.split("[/\\\\]")) {
            if (part.equals("..")) {
                return Optional.of("snippet paths may not climb out with '..': " + path);
            }
        }
        return Optional.empty();
    }

    private static boolean isAbsolute(String path) {
        try {
            return Path.of(path).isAbsolute();
        } catch (RuntimeException e) {
            return true; // not even a path: refuse it
        }
    }

    /** The file in the first base folder that has it. */
    Optional<Found> find(String path) {
        return locate(path).filter(Located::inside).map(Located::read).flatMap(found -> found);
    }

    /**
     * Why a path that is not refused as written still is: its file exists, but its symbolic links lead out of
     * the project. Empty when it is found inside, or not found at all.
     */
    Optional<String> escape(String path) {
        return locate(path).filter(located -> !located.inside())
                .map(located -> "snippet " + path + " links outside the project folder; not read");
    }

    private record Located(Path file, Optional<Path> real, String shown) {
        boolean inside() {
            return real.isPresent();
        }

        Optional<Found> read() {
            try {
                return Optional.of(new Found(new String(Files.readAllBytes(real.get()), StandardCharsets.UTF_8),
                        shown, file));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private Optional<Located> locate(String path) {
        if (refusal(path).isPresent() || confinement == null) {
            return Optional.empty();
        }
        for (Path base : bases) {
            Path file;
            try {
                file = base.resolve(path).normalize();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            if (file.startsWith(base) && Files.isRegularFile(file)) {
                String shown = project != null && file.startsWith(project)
                        ? project.relativize(file).toString().replace('\\', '/') : path;
                return Optional.of(new Located(file, confinement.resolve(file), shown));
            }
        }
        return Optional.empty();
    }
}
