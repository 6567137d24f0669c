package dev.folio.maven.internal;

import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * The memory of a build between Maven runs: the {@link BuildState} file of the execution. The plan compares the
 * input's {@link Fingerprint} with the state's: the same input with its output all there is up to date; the same
 * settings with some files edited renders what they affect; anything else renders everything (and removes what the
 * last build wrote and this one did not).
 */
public final class SavedBuild implements BuildPipeline.Memory {

    private final Log log;
    private final Path stateFile;
    private final Optional<BuildState> last;
    private final Fingerprint.Result fingerprint;
    private final Path sourceDirectory;
    private final boolean force;
    private final String formats;

    /**
     * @param last    the state the last build left (read once: it is a few MB for a large site)
     * @param force   renders everything, as if there were no state
     * @param formats the formats built, for the up-to-date message
     */
    public SavedBuild(Log log, Path stateFile, Optional<BuildState> last, Fingerprint.Result fingerprint,
            Path sourceDirectory, boolean force, String formats) {
        this.log = log;
        this.stateFile = stateFile;
        this.last = force ? Optional.empty() : last;
        this.fingerprint = fingerprint;
        this.sourceDirectory = sourceDirectory;
        this.force = force;
        this.formats = formats;
    }

    @Override
    public BuildPipeline.Plan plan() {
        Optional<BuildState> current = last.filter(state -> state.isCurrent(fingerprint.value()));
        if (current.isPresent() && !force) {
            int files = fingerprint.sourceFiles();
            log.info("Up to date: " + formats + ", " + Plural.of(files, "source file")
                    + " and the settings unchanged since the last build;"
                    + " nothing rendered (-Dfolio.force=true renders anyway)");
            return new BuildPipeline.Plan.UpToDate(current.get().outputs(), current.get().diagnostics());
        }
        return new BuildPipeline.Plan.Render(last.map(SavedBuild::lastBuild), last.flatMap(this::edited));
    }

    private static BuildPipeline.Last lastBuild(BuildState state) {
        return new BuildPipeline.Last(Optional.empty(), new Increment(state.shapes()), state.outputs(),
                state.diagnostics());
    }

    /** The files edited since the last build, when only files changed and its output is all there. */
    private Optional<Set<Path>> edited(BuildState state) {
        if (state.settings().isEmpty() || !state.settings().equals(fingerprint.settings()) || !state.outputsPresent()) {
            return Optional.empty();
        }
        Set<String> changed = new TreeSet<>();
        fingerprint.files().forEach((name, hash) -> {
            if (!hash.equals(state.files().get(name))) {
                changed.add(name);
            }
        });
        state.files().keySet().stream().filter(name -> !fingerprint.files().containsKey(name)).forEach(changed::add);
        Set<Path> files = new java.util.LinkedHashSet<>();
        changed.forEach(name -> files.add(sourceDirectory.resolve(name)));
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
    }

    /** Written on another thread while the diagnostics are logged. */
    @Override
    public CompletableFuture<Void> save(BuildPipeline.Last next) {
        Map<Path, String> outputs = new LinkedHashMap<>(next.outputs());
        return CompletableFuture.runAsync(() -> {
            try {
                new BuildState(fingerprint.value(), outputs, next.diagnostics(), fingerprint.settings(),
                        fingerprint.files(), fingerprint.stamps(), next.increment().shapes()).write(stateFile);
            } catch (IOException unwritable) {
                log.warn("Cannot save the state of this build for the next one, which will render again: " + unwritable);
            }
        });
    }
}
