package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.Site;
import dev.folio.model.SourcePosition;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The non-Markdown files of each language's docs folder (images, PDFs, extra CSS): what links may
 * point to and what is copied next to the pages. Hidden files and {@code .md} files are not assets;
 * files reached through links that leave the docs folder are refused.
 */
final class AssetCatalog {
    /** Per language: relative path ({@code assets/img/a.svg}) → the file. */
    private final Map<String, Map<String, Path>> byLanguage;

    private AssetCatalog(Map<String, Map<String, Path>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    static AssetCatalog of(Site site, List<Diagnostic> diagnostics) throws IOException {
        Map<String, Map<String, Path>> byLanguage = new LinkedHashMap<>();
        for (Language language : site.languages()) {
            Map<String, Path> files = new TreeMap<>();
            Path root = site.sourceRoot(language.code()).orElse(null);
            if (root != null && Files.isDirectory(root)) {
                collect(root.toRealPath(), files, diagnostics);
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

    private static void collect(Path root, Map<String, Path> files, List<Diagnostic> diagnostics) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile).forEach(found::add);
        }
        for (Path file : found) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (isHidden(relative) || relative.endsWith(".md")) {
                continue;
            }
            if (!file.toRealPath().startsWith(root)) {
                diagnostics.add(Diagnostic.warning("asset-outside-site",
                        "not copied: " + relative + " leads outside the docs folder",
                        SourcePosition.of(relative, 0, 0)));
                continue;
            }
            files.put(relative, file);
        }
    }

    private static boolean isHidden(String relative) {
        return Arrays.stream(relative.split("/")).anyMatch(part -> part.startsWith("."));
    }
}
