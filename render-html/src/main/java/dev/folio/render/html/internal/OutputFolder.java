package dev.folio.render.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The output directory. Every file is written to a temporary file next to its target and then moved
 * into place, so a reader never sees half a page; nothing is ever written outside the directory.
 */
final class OutputFolder {
    private final Path root;
    private final List<Path> written = new ArrayList<>();

    OutputFolder(Path root) throws IOException {
        Files.createDirectories(root);
        this.root = root.toAbsolutePath().normalize();
    }

    void write(String relativePath, String content) throws IOException {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    void write(String relativePath, byte[] content) throws IOException {
        Path target = resolve(relativePath);
        Path temp = temporaryFileFor(target);
        try {
            Files.write(temp, content);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        record(target);
    }

    void copy(String relativePath, Path source) throws IOException {
        Path target = resolve(relativePath);
        Path temp = temporaryFileFor(target);
        try (InputStream in = Files.newInputStream(source)) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        record(target);
    }

    /** Every file written so far, sorted. */
    synchronized List<Path> files() {
        return written.stream().sorted().toList();
    }

    private synchronized void record(Path target) {
        written.add(target);
    }

    private Path resolve(String relativePath) throws IOException {
        Path target = root.resolve(relativePath).normalize();
        if (!SiteLocations.isContained(relativePath) || !target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the output directory: " + relativePath);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    /** A temporary file readable by everyone, as a published file must be (temporary files default to owner-only). */
    private static Path temporaryFileFor(Path target) throws IOException {
        Path directory = target.getParent();
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(directory, ".folio-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        }
        return Files.createTempFile(directory, ".folio-", ".tmp");
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
