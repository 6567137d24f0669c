package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.PathPatterns;
import dev.folio.model.ProjectRoot;
import dev.folio.model.Site;
import dev.folio.model.SourcePosition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The non-Markdown files of each language's docs folder (images, PDFs, extra CSS): what links may
 * point to and what is copied next to the pages. {@code .md} files and what MkDocs leaves out of a build
 * ({@link PathPatterns#excludedDocs}: hidden files, {@code templates/}, {@code exclude_docs}, {@code draft_docs})
 * are not assets;
 * files reached through links that leave the project are refused (symbolic links inside it are followed).
 */
final class AssetCatalog {
    /** Per language: relative path ({@code assets/img/a.svg}) → the file. */
    private final Map<String, Map<String, Path>> byLanguage;

    private AssetCatalog(Map<String, Map<String, Path>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    static AssetCatalog of(Site site, List<Diagnostic> diagnostics) {
        Map<String, Map<String, Path>> byLanguage = new LinkedHashMap<>();
        PathPatterns excluded = PathPatterns.excludedDocs(site.config().raw());
        List<Path> walked = new ArrayList<>();
        for (Language language : site.languages()) {
            Map<String, Path> files = new TreeMap<>();
            Path root = site.sourceRoot(language.code()).orElse(null);
            // Languages that share a folder (mkdocs-static-i18n's page.fr.md beside page.md) share its files too: the
            // first language has them, and links from the others fall back on its copies, as that plugin publishes them.
            boolean shared = root != null && walked.contains(root.toAbsolutePath().normalize());
            if (root != null) {
                walked.add(root.toAbsolutePath().normalize());
            }
            if (root != null && !shared && Files.isDirectory(root)) {
                collect(root, site.projectRoot().orElseGet(() -> ProjectRoot.of(root)), excluded, files, diagnostics);
            }
            byLanguage.put(language.code(), Collections.unmodifiableMap(files));
        }
        return new AssetCatalog(byLanguage);
    }

    boolean contains(String language, String path) {
        return byLanguage.getOrDefault(language, Map.of()).containsKey(path);
    }

    /** The assets of a language, sorted by path. */
    Map<String, Path> assets(String language) {
        return byLanguage.getOrDefault(language, Map.of());
    }

    int count() {
        return byLanguage.values().stream().mapToInt(Map::size).sum();
    }

    private static void collect(Path root, ProjectRoot project, PathPatterns excluded, Map<String, Path> files,
            List<Diagnostic> diagnostics) {
        for (Path file : project.files(root, (path, reason) -> {
            String relative = relative(root, path);
            // Folders and pages are the parser's to report: it reads them first.
            if (!excluded.matches(relative) && !relative.endsWith(".md") && !Files.isDirectory(path)) {
                diagnostics.add(Diagnostic.warning("unsafe-path", "not copied: this file " + reason,
                        SourcePosition.of(relative, 0, 0)));
            }
        })) {
            String relative = relative(root, file);
            if (!excluded.matches(relative) && !relative.endsWith(".md")) {
                // The resolved file is what is copied: a link changed after this check cannot lead out.
                project.resolve(file).ifPresent(real -> files.put(relative, real));
            }
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

}
