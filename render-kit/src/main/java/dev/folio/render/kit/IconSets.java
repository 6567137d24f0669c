package dev.folio.render.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The icon sets Material's shortcodes name, shipped with Folio for every backend: {@code material} (Material Design
 * Icons), {@code simple} (Simple Icons), {@code fontawesome} (Font Awesome Free), each from its own jar, and
 * {@code octicons}, in this one. A jar's folders carry its version, read from its {@code pom.properties}, so
 * upgrading a set is a change of the pom only. {@code :set-a-b:} is the file {@code a-b.svg} or {@code a/b.svg}
 * of the set ({@link #candidates}).
 */
public final class IconSets {
    private static final String OWN = "dev/folio/render/kit/icons/";
    private static final Map<String, String> FOLDERS = folders();

    private IconSets() {
    }

    /** The SVG of {@code :set-name:}: the first of its {@link #candidates} a built-in set has. */
    public static Optional<byte[]> svg(String set, String name) {
        for (String candidate : candidates(name)) {
            Optional<byte[]> found = file(set, candidate + ".svg");
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** One file of a built-in set ({@code a/b.svg}), as it is; empty when the set or file does not exist. */
    public static Optional<byte[]> file(String set, String path) {
        String folder = FOLDERS.get(set);
        return folder == null ? Optional.empty() : read(folder + path);
    }

    /**
     * The paths {@code name} may have in its set, without {@code .svg}: {@code a-b-c}, {@code a/b-c}, {@code a/b/c};
     * a hyphen is a folder separator or part of a name.
     */
    public static List<String> candidates(String name) {
        List<String> paths = new ArrayList<>();
        String path = name;
        paths.add(path);
        for (int i = path.indexOf('-'); i >= 0; i = path.indexOf('-', i + 1)) {
            path = path.substring(0, i) + "/" + path.substring(i + 1);
            paths.add(path);
        }
        return paths;
    }

    private static Optional<byte[]> read(String resource) {
        // The kit's own icons through its class (a module reads its own resources), the icon jars' through the
        // class loader (META-INF is no package, so a module path does not hide them).
        try (InputStream in = resource.startsWith(OWN) ? IconSets.class.getResourceAsStream("/" + resource)
                : IconSets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        folders.put("octicons", OWN + "octicons/");
        return Map.copyOf(folders);
    }

    private static Optional<String> version(String groupId, String artifactId) {
        String name = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = IconSets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
