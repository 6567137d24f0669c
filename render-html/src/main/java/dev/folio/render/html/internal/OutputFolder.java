package dev.folio.render.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output directory. A file that is already there is replaced whole: the new one is written next to it
 * and moved into place, so a reader (a live preview, a web server) never sees half a page. A new file is
 * created in place, as no reader has asked for it yet: on ext4 the move costs more than the write, 0.2 s for
 * a large site's first build. Nothing is ever written outside the directory.
 */
final class OutputFolder {
    private final Path root;
    private static final long PROCESS = ProcessHandle.current().pid();
    private static final Set<OpenOption> NEW_FILE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    private static final Set<OpenOption> TEMPORARY_FILE = Set.of(StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);

    private final List<Path> written = new ArrayList<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Readable by everyone, as a published file must be. */
    private final FileAttribute<?>[] readableByAll;

    OutputFolder(Path root) throws IOException {
        Files.createDirectories(root);
        this.root = root.toAbsolutePath().normalize();
        this.readableByAll = this.root.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))}
                : new FileAttribute<?>[0];
    }

    void write(String relativePath, String content) throws IOException {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    void write(String relativePath, byte[] content) throws IOException {
        write(relativePath, content, content.length);
    }

    /** Writes {@code content[0 .. length)}. */
    void write(String relativePath, byte[] content, int length) throws IOException {
        Path target = resolve(relativePath);
        if (!writeNew(target, content, length)) {
            Path temp = temporaryFileFor(target);
            try {
                writeFile(temp, TEMPORARY_FILE, content, length);
                moveIntoPlace(temp, target);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }
        record(target);
    }

    /** Creates the file with the content, unless there is a file of that name already: then false. */
    private boolean writeNew(Path target, byte[] content, int length) throws IOException {
        try {
            writeFile(target, NEW_FILE, content, length);
            return true;
        } catch (FileAlreadyExistsException replaced) {
            return false;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    private void writeFile(Path file, Set<OpenOption> options, byte[] content, int length) throws IOException {
        // One open and one write call per file: Files.write would hand the bytes over 8 KiB at a time.
        try (SeekableByteChannel channel = Files.newByteChannel(file, options, readableByAll)) {
            ByteBuffer buffer = ByteBuffer.wrap(content, 0, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
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

    /** Whether the file is in the output folder, written by this build or an earlier one. */
    boolean exists(String relativePath) throws IOException {
        return Files.isRegularFile(contained(relativePath));
    }

    /** Every file written so far, sorted. */
    /** The folder written into, absolute. */
    Path root() {
        return root;
    }

    synchronized List<Path> files() {
        return written.stream().sorted().toList();
    }

    private synchronized void record(Path target) {
        written.add(target);
    }

    private Path resolve(String relativePath) throws IOException {
        Path target = contained(relativePath);
        // Most files share their folder with others: create each folder once, not once per file.
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        return target;
    }

    private Path contained(String relativePath) throws IOException {
        Path target = root.resolve(relativePath).normalize();
        if (!SiteLocations.isContained(relativePath) || !target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the output directory: " + relativePath);
        }
        return target;
    }

    /**
     * The file a page is written to before it is moved into place: beside it, named after it, this process
     * and this thread, so that no two writers share one (temporary files with random names cost a lock and
     * a check each).
     */
    private static Path temporaryFileFor(Path target) {
        return target.resolveSibling(".folio-" + target.getFileName() + "-" + PROCESS + "-"
                + Thread.currentThread().getId() + ".tmp");
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
