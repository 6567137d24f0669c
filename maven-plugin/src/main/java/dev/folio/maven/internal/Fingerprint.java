package dev.folio.maven.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything that decides a build's output: every file under the source directory
 * (its path and content; hidden folders and the build's own output folders left out), the settings,
 * and the jars the plugin runs with. Equal fingerprints mean the output would be the same bytes. Each
 * file's own hash is kept too, so that the next build can tell which pages changed.
 */
public final class Fingerprint {

    private static final long RACE_MILLIS = 2_000;

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /**
     * @param excluded folders under the source directory that are output, not input
     * @param settings one line per setting, in a fixed order
     * @return the fingerprint, and how many source files went into it
     */
    public static Result of(Path sourceDirectory, Collection<Path> excluded, List<String> settings,
            ClassLoader pluginClassLoader) throws IOException {
        return of(sourceDirectory, excluded, settings, pluginClassLoader, Optional.empty());
    }

    /**
     * @param previous the last build's state: a file whose size and modification time are those it recorded
     *                 keeps its recorded hash without being read again, as git's index does
     */
    public static Result of(Path sourceDirectory, Collection<Path> excluded, List<String> settings,
            ClassLoader pluginClassLoader, Optional<BuildState> previous) throws IOException {
        Fingerprint fingerprint = new Fingerprint();
        settings.forEach(fingerprint::add);
        fingerprint.addClasspath(pluginClassLoader);
        String settingsValue = HexFormat.of().formatHex(fingerprint.copy().digest());
        Map<String, String> stamps = new TreeMap<>();
        Map<String, String> files = fingerprint.addSources(sourceDirectory, excluded,
                previous.map(BuildState::files).orElse(Map.of()), previous.map(BuildState::stamps).orElse(Map.of()),
                stamps);
        return new Result(HexFormat.of().formatHex(fingerprint.digest.digest()), settingsValue, files, stamps);
    }

    /**
     * @param value    the whole build's fingerprint
     * @param settings the fingerprint of the settings and the plugin's jars alone
     * @param files    each source file's own hash, by its path from the source directory ({@code docs/a.md})
     * @param stamps   each file's size and modification time when it was hashed, by the same path; only for
     *                 files old enough that a later edit must change the stamp
     */
    public record Result(String value, String settings, Map<String, String> files, Map<String, String> stamps) {

        public Result {
            files = Collections.unmodifiableMap(new TreeMap<>(files));
            stamps = Collections.unmodifiableMap(new TreeMap<>(stamps));
        }

        public int sourceFiles() {
            return files.size();
        }
    }

    private MessageDigest copy() {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException impossible) {
            throw new IllegalStateException("SHA-256 digests can be cloned", impossible);
        }
    }

    private Map<String, String> addSources(Path root, Collection<Path> excluded, Map<String, String> knownHashes,
            Map<String, String> knownStamps, Map<String, String> stamps) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> isInput(root, file, excluded))
                    .sorted()
                    .toList();
        }
        // A file changed within the last seconds could change again within its timestamp's resolution
        // without changing its stamp: such a file is always read ("racy git").
        long settled = System.currentTimeMillis() - RACE_MILLIS;
        // Files are stamped and, when their stamp is new, hashed side by side: after `mvn clean` every file is
        // read, tens of MB for a large multilingual site.
        List<FileHash> found;
        try {
            found = files.parallelStream().map(file -> FileHash.of(root, file, knownHashes, knownStamps)).toList();
        } catch (UncheckedIOException unreadable) {
            throw unreadable.getCause();
        }
        Map<String, String> hashes = new TreeMap<>();
        for (FileHash file : found) {
            if (file.modifiedMillis() < settled) {
                stamps.put(file.name(), file.stamp());
            }
            hashes.put(file.name(), file.hash());
            add(file.name());
            add(file.hash());
        }
        return hashes;
    }

    /** One source file: its name from the root, its size and modification time, its content's hash. */
    private record FileHash(String name, String stamp, long modifiedMillis, String hash) {

        static FileHash of(Path root, Path file, Map<String, String> knownHashes, Map<String, String> knownStamps) {
            String name = root.relativize(file).toString().replace('\\', '/');
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                String stamp = attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                String hash = stamp.equals(knownStamps.get(name)) ? knownHashes.get(name) : null;
                if (hash == null) {
                    MessageDigest own = new Fingerprint().digest;
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = Files.newInputStream(file)) {
                        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                            own.update(buffer, 0, read);
                        }
                    }
                    hash = HexFormat.of().formatHex(own.digest());
                }
                return new FileHash(name, stamp, attributes.lastModifiedTime().toMillis(), hash);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    private static boolean isInput(Path root, Path file, Collection<Path> excluded) {
        if (excluded.stream().anyMatch(file::startsWith)) {
            return false;
        }
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** The plugin's own jars by name, size and time: a new backend build renders anew. */
    private void addClasspath(ClassLoader loader) {
        if (!(loader instanceof URLClassLoader)) {
            return;
        }
        for (URL url : ((URLClassLoader) loader).getURLs()) {
            try {
                Path jar = Path.of(url.toURI());
                add(jar + " " + (Files.exists(jar) ? Files.size(jar) + " " + Files.getLastModifiedTime(jar) : "-"));
            } catch (URISyntaxException | IllegalArgumentException notAFile) {
                add(url.toString());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    private void add(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
