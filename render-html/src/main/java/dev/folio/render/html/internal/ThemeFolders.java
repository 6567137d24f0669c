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

/** The folders the site's configuration adds to the theme: its {@code custom_dir} and icon folders. */
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
        candidates.addAll(customIcons(site.config().raw()));
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

    /** {@code markdown_extensions: pymdownx.emoji: options: custom_icons: [...]}, in the list or the map form. */
    private static List<String> customIcons(Map<String, Object> config) {
        List<String> folders = new ArrayList<>();
        if (MarkdownExtensions.options(config, "pymdownx.emoji").get("options") instanceof Map<?, ?> options
                && options.get("custom_icons") instanceof List<?> icons) {
            icons.forEach(folder -> folders.add(String.valueOf(folder)));
        }
        return folders;
    }
}
