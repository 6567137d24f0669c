package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.Site;
import dev.folio.model.SourcePosition;
import dev.folio.model.render.RenderContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the site's configuration adds to the theme: icon folders, {@code extra_css}, {@code extra_javascript}. */
final class ThemeFolders {
    private static final SourcePosition CONFIG = SourcePosition.of("mkdocs.yml", 0, 0);

    private ThemeFolders() {
    }

    /** The theme's {@code custom_dir}, when it is a folder inside the project. */
    static java.util.Optional<Path> customDir(Site site, RenderContext context, List<Diagnostic> diagnostics) {
        Object theme = site.config().raw().get("theme");
        if (!(theme instanceof Map<?, ?> themeMap) || !(themeMap.get("custom_dir") instanceof String customDir)) {
            return java.util.Optional.empty();
        }
        Path project = context.sourceDirectory().toAbsolutePath().normalize();
        Path folder = project.resolve(customDir).normalize();
        if (!SiteLocations.isContained(customDir) || !folder.startsWith(project)) {
            diagnostics.add(Diagnostic.warning("path-outside-project",
                    "theme custom_dir '" + customDir + "' is outside the project and is not read", CONFIG));
            return java.util.Optional.empty();
        }
        return Files.isDirectory(folder) ? java.util.Optional.of(folder) : java.util.Optional.empty();
    }

    /**
     * {@code overrides/.icons}, the theme's {@code custom_dir/.icons} and the emoji extension's
     * {@code custom_icons}: folders inside the project only.
     */
    static List<Path> iconFolders(Site site, RenderContext context, List<Diagnostic> diagnostics) {
        Path project = context.sourceDirectory().toAbsolutePath().normalize();
        List<String> candidates = new ArrayList<>();
        candidates.add("overrides/.icons");
        Object theme = site.config().raw().get("theme");
        if (theme instanceof Map<?, ?> themeMap && themeMap.get("custom_dir") instanceof String customDir) {
            candidates.add(customDir + "/.icons");
        }
        candidates.addAll(customIcons(site.config().raw().get("markdown_extensions")));
        List<Path> folders = new ArrayList<>();
        for (String candidate : candidates) {
            if (!SiteLocations.isContained(candidate)) {
                diagnostics.add(Diagnostic.warning("path-outside-project",
                        "icon folder '" + candidate + "' is outside the project and is not read", CONFIG));
                continue;
            }
            Path folder = project.resolve(candidate).normalize();
            if (folder.startsWith(project) && Files.isDirectory(folder) && !folders.contains(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }

    /** {@code markdown_extensions: - pymdownx.emoji: options: custom_icons: [...]}. */
    private static List<String> customIcons(Object extensions) {
        List<String> folders = new ArrayList<>();
        if (extensions instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map && map.get("pymdownx.emoji") instanceof Map<?, ?> emoji
                        && emoji.get("options") instanceof Map<?, ?> options
                        && options.get("custom_icons") instanceof List<?> icons) {
                    icons.forEach(folder -> folders.add(String.valueOf(folder)));
                }
            }
        }
        return folders;
    }

    /**
     * The files a config list such as {@code extra_css} names, per language, relative to the output folder
     * ({@code en/assets/extra.css?v=2}): the language's own copy, else the default language's.
     */
    static Map<String, List<String>> extraFiles(Site site, AssetCatalog assets, String key,
            List<Diagnostic> diagnostics) {
        List<String> written = new ArrayList<>();
        if (site.config().raw().get(key) instanceof List<?> list) {
            for (Object entry : list) {
                Object path = entry instanceof Map<?, ?> map ? map.get("path") : entry;
                if (path != null) {
                    written.add(String.valueOf(path));
                }
            }
        }
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (Language language : site.languages()) {
            List<String> files = new ArrayList<>();
            for (String entry : written) {
                int query = entry.indexOf('?');
                String path = query < 0 ? entry : entry.substring(0, query);
                String suffix = query < 0 ? "" : entry.substring(query);
                if (!SiteLocations.isContained(path)) {
                    continue;
                }
                if (assets.contains(language.code(), path)) {
                    files.add(language.code() + "/" + path + suffix);
                } else if (assets.contains(site.config().defaultLanguage(), path)) {
                    files.add(site.config().defaultLanguage() + "/" + path + suffix);
                } else if (language.code().equals(site.config().defaultLanguage())) {
                    diagnostics.add(Diagnostic.warning("broken-link",
                            key + " names '" + entry + "', which is not in the docs folder", CONFIG));
                }
            }
            byLanguage.put(language.code(), List.copyOf(files));
        }
        return byLanguage;
    }
}
