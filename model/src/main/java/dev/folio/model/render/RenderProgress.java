package dev.folio.model.render;

/**
 * Where a renderer says how far a long render has come, so that the build can show a progress line
 * ({@code pdf: 180/466 pages…}). Called from any thread; a renderer that never calls it is fine.
 */
@FunctionalInterface
public interface RenderProgress {

    /** Ignores every update. */
    RenderProgress NONE = (done, total, unit) -> {
    };

    /**
     * @param done  units finished so far
     * @param total units in all, or 0 when not known yet
     * @param unit  what is counted, plural ({@code pages}, {@code guides})
     */
    void update(long done, long total, String unit);
}
