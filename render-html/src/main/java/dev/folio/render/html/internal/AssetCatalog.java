package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.PathPatterns;
import dev.folio.model.ProjectRoot;
import dev.folio.model.Site;
import dev.folio.model.SourcePosition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The non-Markdown files of each language's docs folder (images, PDFs, extra CSS): what links may
 * point to and what is copied next to the pages. {@code .md} files and what MkDocs leaves out of a build
 * ({@link PathPatterns#excludedDocs}: hidden files, {@code templates/}, {@code exclude_docs}, {@code draft_docs})
 * are not assets;
 * files reached through links that leave the project are refused (symbolic links inside it are followed).
 */
final class AssetCatalog {
    /** A file named for a language: {@code img/logo.fr.png} → {@code img/logo}, {@code fr}, {@code .png}. */
    private static final Pattern LOCALISED = Pattern.compile("(.+)\\.([^./]+)(\\.[^./]+)");
    /** Per language: relative path ({@code assets/img/a.svg}) → the file. */
    private final Map<String, Map<String, Path>> byLanguage;

    private AssetCatalog(Map<String, Map<String, Path>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    static AssetCatalog of(Site site, List<Diagnostic> diagnostics) {
        Map<String, Map<String, Path>> byLanguage = new LinkedHashMap<>();
        PathPatterns excluded = PathPatterns.excludedDocs(site.config().raw());
        Set<String> codes = new HashSet<>();
        site.languages().forEach(language -> codes.add(language.code()));
        // The files of each folder, walked once; the languages that share a folder (mkdocs-static-i18n's
        // page.fr.md beside page.md) share its files too.
        Map<Path, Map<String, Path>> walked = new LinkedHashMap<>();
        Map<Path, Integer> sharers = new LinkedHashMap<>();
        site.languages().forEach(language -> site.sourceRoot(language.code())
                .ifPresent(root -> sharers.merge(root.toAbsolutePath().normalize(), 1, Integer::sum)));
        for (Language language : site.languages()) {
            Path root = site.sourceRoot(language.code()).orElse(null);
            if (root == null || !Files.isDirectory(root)) {
                byLanguage.put(language.code(), Map.of());
                continue;
            }
            Path key = root.toAbsolutePath().normalize();
            boolean first = !walked.containsKey(key);
            Map<String, Path> all = walked.computeIfAbsent(key, folder -> {
                Map<String, Path> files = new TreeMap<>();
                collect(root, site.projectRoot().orElseGet(() -> ProjectRoot.of(root)), excluded, files, diagnostics);
                return files;
            });
            byLanguage.put(language.code(), Collections.unmodifiableMap(sharers.get(key) == 1 ? all
                    : own(all, language.code(), codes, first)));
        }
        return new AssetCatalog(byLanguage);
    }

    /**
     * A language's files of a folder it may share, as mkdocs-static-i18n publishes them: {@code logo.fr.png} is the
     * French {@code logo.png}; the folder's first language also has every file without another language's suffix,
     * and the others fall back on its copies.
     */
    private static Map<String, Path> own(Map<String, Path> files, String language, Set<String> codes, boolean first) {
        Map<String, Path> own = new TreeMap<>();
        files.forEach((path, file) -> {
            Matcher suffixed = LOCALISED.matcher(path);
            if (suffixed.matches() && codes.contains(suffixed.group(2))) {
                if (suffixed.group(2).equals(language)) {
                    own.put(suffixed.group(1) + suffixed.group(3), file);
                }
            } else if (first) {
                own.putIfAbsent(path, file);
            }
        });
        return own;
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
