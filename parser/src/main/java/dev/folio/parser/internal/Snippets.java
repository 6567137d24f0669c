package dev.folio.parser.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.folio.model.ProjectRoot;

/**
 * Where snippet files may come from, as {@code pymdownx.snippets} finds them: the configured {@code base_path}
 * entries in order (MkDocs' default is the project folder); an entry that is a file matches its own name only.
 * Absolute paths and URLs are refused, {@code ..} too while {@code restrict_base_path} holds (its default), and so
 * is any file that lies, its symbolic links followed, outside the project. Immutable and thread-safe.
 */
final class Snippets {
    static final Snippets NONE = new Snippets(null, null, List.of(), Options.DEFAULT);
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path project;
    private final ProjectRoot confinement;
    private final List<Path> bases;
    private final Options options;

    /**
     * The options of pymdownx.snippets that change what is read (URLs are never downloaded).
     *
     * @param checkPaths        a missing file or section is an error; otherwise the include is dropped silently
     * @param dedentSubsections lines and sections are dedented
     * @param restrictBasePath  paths may not climb out of their base folder
     * @param encoding          of the snippet files
     */
    record Options(boolean checkPaths, boolean dedentSubsections, boolean restrictBasePath, Charset encoding) {
        static final Options DEFAULT = new Options(false, false, true, StandardCharsets.UTF_8);
    }

    /** A file found for an include: its lines as pymdownx reads them, and the name diagnostics give it. */
    record Found(List<String> lines, String shownName, Path file) {
        /** The text as lines: {@code \r\n}, {@code \r} and {@code \n} end a line, and a final one adds an empty line. */
        static List<String> lines(String text) {
            List<String> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    lines.add(text.substring(start, i));
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            if (start < text.length() || !lines.isEmpty()) {
                lines.add(text.substring(start));
            }
            return lines;
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    /**
     * @param project     the folder names are shown relative to; null when there is no site
     * @param confinement the folder every snippet file must be inside, links followed; null when there is no site
     */
    Snippets(Path project, ProjectRoot confinement, List<Path> bases, Options options) {
        this.project = project == null ? null : project.toAbsolutePath().normalize();
        this.confinement = confinement;
        this.bases = bases.stream().map(b -> b.toAbsolutePath().normalize()).toList();
        this.options = options;
    }

    Options options() {
        return options;
    }

    /** Why a path cannot be included whatever the files, or empty when it may be looked up. */
    Optional<String> refusal(String path) {
        if (path.isBlank()) {
            return Optional.of("empty snippet path");
        }
        if (URL.matcher(path).find() || path.startsWith("//")) {
            return Optional.of("snippet URLs are not downloaded: " + path);
        }
        if (path.startsWith("/") || path.startsWith("\\") || isAbsolute(path)) {
            return Optional.of("absolute snippet paths are refused: " + path);
        }
        if (options.restrictBasePath()) {
            for (String part : path.split("[/\\\\]")) {
                if (part.equals("..")) {
                    return Optional.of("snippet paths may not climb out with '..': " + path);
                }
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

    /** The file of the first base that has it. */
    Optional<Found> find(String path) {
        return locate(path).filter(Located::inside).flatMap(located -> located.read(options.encoding()));
    }

    /**
     * Why a path that is not refused as written still is: its file exists, but lies outside the project once its
     * symbolic links are followed. Empty when it is found inside, or not found at all.
     */
    Optional<String> escape(String path) {
        return locate(path).filter(located -> !located.inside())
                .map(located -> "snippet " + path + " links outside the project folder; not read");
    }

    private record Located(Path file, Optional<Path> real, String shown) {
        boolean inside() {
            return real.isPresent();
        }

        Optional<Found> read(Charset encoding) {
            try {
                byte[] bytes = Files.readAllBytes(real.get());
                String text;
                try {
                    text = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException e) {
                    text = new String(bytes, StandardCharsets.UTF_8);
                }
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                return Optional.of(new Found(Found.lines(text), shown, file));
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
                if (Files.isDirectory(base)) {
                    file = base.resolve(path).normalize();
                    if (options.restrictBasePath() && !file.startsWith(base)) {
                        continue;
                    }
                } else if (Files.isRegularFile(base) && base.getParent() != null) {
                    file = base.getParent().resolve(path).normalize();
                    if (!file.equals(base)) {
                        continue; // a file base matches its own name only
                    }
                } else {
                    continue;
                }
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            if (Files.isRegularFile(file)) {
                String shown = project != null && file.startsWith(project)
                        ? project.relativize(file).toString().replace('\\', '/') : path;
                return Optional.of(new Located(file, confinement.resolve(file), shown));
            }
        }
        return Optional.empty();
    }
}
