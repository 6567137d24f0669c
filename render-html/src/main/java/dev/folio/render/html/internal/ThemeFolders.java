package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.ProjectRoot;
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
        if (!SiteLocations.isContained(customDir) || !folder.startsWith(project)
                || Files.isDirectory(folder) && !confinement(site, context).contains(folder)) {
            diagnostics.add(Diagnostic.warning("path-outside-project",
                    "theme custom_dir '" + customDir + "' is outside the project and is not read", CONFIG));
            return java.util.Optional.empty();
        }
        if (!Files.isDirectory(folder)) {
            return java.util.Optional.empty();
        }
        // Its real path: the template loader then refuses any file in it whose links lead out of it. Those are
        // reported here, where the site's author will look, rather than silently replaced by the built-in ones.
        java.util.Optional<Path> real = confinement(site, context).resolve(folder);
        real.ifPresent(dir -> ProjectRoot.of(dir).files(dir, (path, reason) -> diagnostics.add(Diagnostic.warning(
                "unsafe-path", "theme file " + customDir + "/" + dir.relativize(path.toAbsolutePath().normalize())
                        .toString().replace('\\', '/') + " " + reason, CONFIG))));
        return real;
    }

    /** The folder nothing of the theme may be read from outside of, links followed. */
    static ProjectRoot confinement(Site site, RenderContext context) {
        return site.projectRoot().orElseGet(() -> ProjectRoot.of(context.sourceDirectory()));
    }

    /** A file of one of these folders, by its real path, when its links do not lead out of the folder. */
    static java.util.Optional<Path> inside(Path folder, Path file) {
        return ProjectRoot.of(folder).resolve(file);
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
            if (folder.startsWith(project) && Files.isDirectory(folder)) {
                java.util.Optional<Path> real = confinement(site, context).resolve(folder);
                if (real.isEmpty()) {
                    diagnostics.add(Diagnostic.warning("path-outside-project",
                            "icon folder '" + candidate + "' links outside the project and is not read", CONFIG));
                } else if (!folders.contains(real.get())) {
                    folders.add(real.get());
                }
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
