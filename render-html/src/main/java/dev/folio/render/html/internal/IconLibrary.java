package dev.folio.render.html.internal;

import dev.folio.model.doc.Icon;
import dev.folio.render.kit.IconSets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the SVG of an icon shortcode, as Material's emoji index does: {@code :set-a-b:} is the file
 * {@code set/a-b.svg} or {@code set/a/b.svg} in an icon folder. The site's own folders
 * ({@code overrides/.icons}, the theme's {@code custom_dir/.icons}) come first, then the sets built
 * into Folio ({@link IconSets}, in the backend kit). Files are read once and inlined verbatim; only icons a page uses are ever read.
 */
final class IconLibrary {
    private final List<Path> siteFolders;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    IconLibrary(List<Path> siteFolders) {
        this.siteFolders = List.copyOf(siteFolders);
    }

    /** The icon's SVG markup, or empty when no folder has it. */
    Optional<String> svg(Icon icon) {
        return cache.computeIfAbsent(icon.set() + "/" + icon.name(), key -> find(icon));
    }

    private Optional<String> find(Icon icon) {
        if (!isPlainName(icon.set()) || !isPlainName(icon.name())) {
            return Optional.empty();
        }
        for (String candidate : IconSets.candidates(icon.name())) {
            for (Path folder : siteFolders) {
                Path file = folder.resolve(icon.set() + "/" + candidate + ".svg").normalize();
                Optional<Path> inside = file.startsWith(folder) && Files.isRegularFile(file)
                        ? ThemeFolders.inside(folder, file) : Optional.empty();
                if (inside.isPresent()) {
                    return Optional.of(SvgCleaner.clean(read(inside.get())));
                }
            }
            Optional<byte[]> builtIn = IconSets.file(icon.set(), candidate + ".svg");
            if (builtIn.isPresent()) {
                return Optional.of(SvgCleaner.clean(new String(builtIn.get(), StandardCharsets.UTF_8)));
            }
        }
        return Optional.empty();
    }

    private static boolean isPlainName(String part) {
        return !part.isEmpty() && part.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
