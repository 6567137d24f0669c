package dev.folio.parser.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;

/** Finds a site's source folders and pages: translation folders, and the Markdown files of a docs folder. */
final class SourceFolders {
    private SourceFolders() {
    }

    static Map<String, Path> translationRoots(Path folder, String primary, Map<String, String> alternates) {
        Map<String, Path> found = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        List<String> codes;
        try (Stream<Path> children = Files.list(folder)) {
            codes = children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.equals(primary)).sorted().toList();
        } catch (IOException e) {
            return found;
        }
        // Configured order first (extra.alternate), then the other folders by name.
        alternates.keySet().stream().filter(codes::contains).forEach(code -> found.put(code, folder.resolve(code)));
        codes.forEach(code -> found.putIfAbsent(code, folder.resolve(code)));
        return found;
    }

    /** The {@code .md} files under a folder, sorted; hidden folders and the translations folder are skipped. */
    static List<Path> markdownFiles(Path folder, Path translations, List<Diagnostic> diagnostics) {
        if (!Files.isDirectory(folder)) {
            diagnostics.add(Diagnostic.error("docs-missing", "docs folder " + folder + " does not exist",
                    SourcePosition.of(folder.toString(), 0, 0)));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(p -> !p.toAbsolutePath().normalize().startsWith(translations)
                            || folder.toAbsolutePath().normalize().startsWith(translations))
                    .forEach(files::add);
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.error("io", "could not list " + folder + ": " + e.getMessage(),
                    SourcePosition.of(folder.toString(), 0, 0)));
        }
        files.sort(Comparator.comparing(p -> SiteLoader.slashes(folder.relativize(p))));
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
