package dev.folio.maven.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a folder tree (content, translations, includes, theme, configuration) and reports the files that
 * changed, a burst at a time: an editor's save (a temporary file, a rename, a touch) arrives as one set
 * once the folder has been quiet for {@value #QUIET_MILLIS} ms. New folders are watched as they appear.
 * Hidden files and folders, editors' backup files and the build's own output folders are ignored.
 */
public final class SourceWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 25;

    private final WatchService service;
    private final List<Path> excluded;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param excluded folders under the root that are output, never input
     * @param changes  called on the watcher's own thread with each burst of changed files, absolute
     */
    public SourceWatcher(Path root, Collection<Path> excluded, Consumer<Set<Path>> changes) throws IOException {
        this.service = root.getFileSystem().newWatchService();
        this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        register(root.toAbsolutePath().normalize());
        this.thread = new Thread(() -> loop(changes), "folio-watch");
        thread.setDaemon(true);
    }

    /** Starts watching. */
    public SourceWatcher start() {
        thread.start();
        return this;
    }

    /** How many folders are watched. */
    public int folders() {
        return folders.size();
    }

    private void loop(Consumer<Set<Path>> changes) {
        try {
            while (running) {
                WatchKey first = service.take();
                Set<Path> changed = new TreeSet<>();
                collect(first, changed);
                for (WatchKey next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); next != null;
                        next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    changes.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // close() ends the loop.
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (ignored(file)) {
                continue;
            }
            if (Files.isDirectory(file)) {
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    try {
                        register(file);
                        try (var inside = Files.walk(file)) {
                            inside.filter(Files::isRegularFile).filter(f -> !ignored(f)).forEach(changed::add);
                        }
                    } catch (IOException unreadable) {
                        changed.add(file);
                    }
                }
                continue;
            }
            changed.add(file);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void register(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                if (!folder.equals(start) && ignored(folder)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private boolean ignored(Path file) {
        if (excluded.stream().anyMatch(file::startsWith)) {
            return true;
        }
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp");
    }

    @Override
    public void close() throws IOException {
        running = false;
        service.close();
        thread.interrupt();
    }
}
