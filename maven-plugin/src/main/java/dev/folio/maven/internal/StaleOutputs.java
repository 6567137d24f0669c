package dev.folio.maven.internal;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Removes what the last build wrote and this one did not (a deleted page's HTML), and the folders that
 * leaves empty. Only files inside one of the output folders are ever touched; anything else listed is
 * left alone.
 */
public final class StaleOutputs {

    private StaleOutputs() {
    }

    /** @return how many files were removed */
    public static int remove(Collection<Path> previous, Collection<Path> written, Collection<Path> outputFolders)
            throws IOException {
        Set<Path> kept = new HashSet<>();
        written.forEach(file -> kept.add(file.toAbsolutePath().normalize()));
        int removed = 0;
        for (Path file : previous) {
            Path stale = file.toAbsolutePath().normalize();
            if (kept.contains(stale)) {
                continue;
            }
            Path folder = outputFolders.stream().map(f -> f.toAbsolutePath().normalize())
                    .filter(f -> stale.startsWith(f) && !stale.equals(f)).findFirst().orElse(null);
            if (folder == null || !Files.isRegularFile(stale, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.delete(stale);
            removed++;
            for (Path parent = stale.getParent(); !parent.equals(folder); parent = parent.getParent()) {
                try {
                    Files.delete(parent);
                } catch (DirectoryNotEmptyException inUse) {
                    break;
                }
            }
        }
        return removed;
    }
}
