package dev.folio.parser.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.folio.model.Diagnostic;
import dev.folio.model.PathPatterns;
import dev.folio.model.ProjectRoot;
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

    /**
     * The {@code .md} files under a folder, sorted; what {@code excluded} takes in (hidden files, {@code templates/},
     * {@code exclude_docs}, {@code draft_docs}) and the translations folder are skipped.
     * Symbolic links are followed inside the project only, as MkDocs follows them; a link out of it or a loop
     * is one warning and is not read.
     */
    static List<Path> markdownFiles(Path folder, Path translations, ProjectRoot project, Path shownFrom,
            PathPatterns excluded, List<Diagnostic> diagnostics) {
        if (!Files.isDirectory(folder)) {
            diagnostics.add(Diagnostic.error("docs-missing", "docs folder " + folder + " does not exist",
                    SourcePosition.of(folder.toString(), 0, 0)));
            return List.of();
        }
        Path base = shownFrom.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        boolean inTranslations = folder.toAbsolutePath().normalize().startsWith(translations);
        for (Path file : project.files(folder, (path, reason) -> {
            // Pages and folders are reported here; other files where they would be copied (the HTML's assets).
            boolean folderOrPage = Files.isDirectory(path) || path.getFileName().toString().endsWith(".md");
            if (folderOrPage && !isExcluded(excluded, folder, path)) {
                Path absolute = path.toAbsolutePath().normalize();
                String shown = absolute.startsWith(base) ? SiteLoader.slashes(base.relativize(absolute)) : path.toString();
                diagnostics.add(Diagnostic.warning("unsafe-path", "this " + (Files.isDirectory(path) ? "folder " : "page ")
                        + reason, SourcePosition.of(shown, 0, 0)));
            }
        })) {
            if (file.getFileName().toString().endsWith(".md") && !isExcluded(excluded, folder, file)
                    && (inTranslations || !file.toAbsolutePath().normalize().startsWith(translations))) {
                files.add(file);
            }
        }
        files.sort(Comparator.comparing(p -> SiteLoader.slashes(folder.relativize(p))));
        // A folder's page is its index.md, else its README.md: with both, MkDocs skips README.md and says so.
        Set<Path> indexes = new HashSet<>();
        files.forEach(file -> {
            if (file.getFileName().toString().equals("index.md")) {
                indexes.add(file.getParent());
            }
        });
        files.removeIf(file -> {
            boolean skipped = file.getFileName().toString().equals("README.md") && indexes.contains(file.getParent());
            if (skipped) {
                Path absolute = file.toAbsolutePath().normalize();
                diagnostics.add(Diagnostic.warning("readme-skipped", "left out of the site because it conflicts with"
                        + " the index.md beside it, as MkDocs leaves it out", SourcePosition.of(absolute.startsWith(base)
                        ? SiteLoader.slashes(base.relativize(absolute)) : file.toString(), 0, 0)));
            }
            return skipped;
        });
        return files;
    }

    /** Whether MkDocs leaves the file or folder out: hidden, under {@code templates/}, or in {@code exclude_docs}. */
    private static boolean isExcluded(PathPatterns excluded, Path folder, Path path) {
        String relative = SiteLoader.slashes(folder.relativize(path));
        return Files.isDirectory(path) ? excluded.matchesFolder(relative) : excluded.matches(relative);
    }
}
