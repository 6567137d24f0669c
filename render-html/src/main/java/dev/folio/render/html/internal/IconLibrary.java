package dev.folio.render.html.internal;

import dev.folio.model.doc.Icon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the SVG of an icon shortcode, as Material's emoji index does: {@code :set-a-b:} is the file
 * {@code set/a-b.svg} or {@code set/a/b.svg} in an icon folder. The site's own folders
 * ({@code overrides/.icons}, the theme's {@code custom_dir/.icons}) come first, then the sets built
 * into Folio. Files are read once and inlined verbatim; only icons a page uses are ever read.
 */
final class IconLibrary {
    /** Folio's own icons, then the icon-set jars on the classpath, by shortcode set. */
    private static final String OWN = "dev/folio/render/html/icons/";
    private static final Map<String, String> BUILT_IN_SETS = builtInSets();

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
        for (String candidate : candidates(icon)) {
            for (Path folder : siteFolders) {
                Path file = folder.resolve(candidate).normalize();
                Optional<Path> inside = file.startsWith(folder) && Files.isRegularFile(file)
                        ? ThemeFolders.inside(folder, file) : Optional.empty();
                if (inside.isPresent()) {
                    return Optional.of(SvgCleaner.clean(read(inside.get())));
                }
            }
            Optional<String> own = readResource(OWN + candidate);
            if (own.isPresent()) {
                return own;
            }
            String setFolder = BUILT_IN_SETS.get(icon.set());
            if (setFolder != null) {
                Optional<String> fromJar = readResource(setFolder + candidate.substring(icon.set().length() + 1));
                if (fromJar.isPresent()) {
                    return fromJar;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code set/a-b-c.svg}, {@code set/a/b-c.svg}, {@code set/a/b/c.svg}: hyphens are folder separators or part of a name. */
    private static List<String> candidates(Icon icon) {
        List<String> paths = new ArrayList<>();
        String name = icon.name();
        paths.add(icon.set() + "/" + name + ".svg");
        for (int i = name.indexOf('-'); i >= 0; i = name.indexOf('-', i + 1)) {
            name = name.substring(0, i) + "/" + name.substring(i + 1);
            paths.add(icon.set() + "/" + name + ".svg");
        }
        return paths;
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

    private static Optional<String> readResource(String name) {
        try (InputStream in = IconLibrary.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty()
                    : Optional.of(SvgCleaner.clean(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where each icon-set jar keeps its SVGs. The folders carry the set's version, which is read from
     * the jar's own {@code pom.properties}, so upgrading a set is a change of the pom only.
     */
    private static Map<String, String> builtInSets() {
        Map<String, String> sets = new java.util.LinkedHashMap<>();
        version("org.mvnpm.at.mdi", "svg").ifPresent(v ->
                sets.put("material", "META-INF/resources/_static/svg/" + v + "/svg/"));
        version("org.webjars.npm", "simple-icons").ifPresent(v ->
                sets.put("simple", "META-INF/resources/webjars/simple-icons/" + v + "/icons/"));
        version("org.mvnpm.at.fortawesome", "fontawesome-free").ifPresent(v ->
                sets.put("fontawesome", "META-INF/resources/_static/fontawesome-free/" + v + "/svgs/"));
        return Map.copyOf(sets);
    }

    private static Optional<String> version(String groupId, String artifactId) {
        String name = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = IconLibrary.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
