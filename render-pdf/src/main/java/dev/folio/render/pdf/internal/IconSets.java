package dev.folio.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The icon sets on the classpath, as MkDocs Material names them: {@code material} (Material Design
 * Icons), {@code simple} (Simple Icons), {@code fontawesome} (Font Awesome Free), each from its own
 * jar, and {@code octicons} when folio-render-html is there too. A jar's folders carry its version,
 * read from the jar's {@code pom.properties}, so upgrading a set is a change of the pom only.
 */
final class IconSets {
    private static final Map<String, String> FOLDERS = folders();

    private IconSets() {
    }

    /** The SVG of {@code :set-name:}, if some set on the classpath has it. */
    static Optional<byte[]> svg(String set, String name) {
        String folder = FOLDERS.get(set);
        if (folder == null) {
            return Optional.empty();
        }
        for (String candidate : candidates(name)) {
            Optional<byte[]> found = read(folder + candidate + ".svg");
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** {@code brands-windows} may be {@code brands-windows.svg} or {@code brands/windows.svg}: a hyphen can be a folder. */
    private static List<String> candidates(String name) {
        List<String> paths = new ArrayList<>();
        paths.add(name);
        String path = name;
        for (int i = path.indexOf('-'); i >= 0; i = path.indexOf('-', i + 1)) {
            path = path.substring(0, i) + "/" + path.substring(i + 1);
            paths.add(path);
        }
        return paths;
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = IconSets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> folders() {
        Map<String, String> folders = new LinkedHashMap<>();
        version("org.mvnpm.at.mdi", "svg")
                .ifPresent(v -> folders.put("material", "META-INF/resources/_static/svg/" + v + "/svg/"));
        version("org.webjars.npm", "simple-icons")
                .ifPresent(v -> folders.put("simple", "META-INF/resources/webjars/simple-icons/" + v + "/icons/"));
        version("org.mvnpm.at.fortawesome", "fontawesome-free").ifPresent(
                v -> folders.put("fontawesome", "META-INF/resources/_static/fontawesome-free/" + v + "/svgs/"));
        folders.put("octicons", "dev/folio/render/html/icons/octicons/");
        return Map.copyOf(folders);
    }

    private static Optional<String> version(String groupId, String artifactId) {
        return read("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties").flatMap(bytes -> {
            Properties properties = new Properties();
            try {
                properties.load(new java.io.ByteArrayInputStream(bytes));
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.ofNullable(properties.getProperty("version"));
        });
    }
}
