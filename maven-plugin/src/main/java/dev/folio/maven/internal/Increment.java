package dev.folio.maven.internal;

import dev.folio.model.Site;
import dev.folio.model.render.PageKey;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of an incremental render, one set for a build after an edit ({@code folio:build}, its state saved on
 * disk) and for {@code folio:serve} after a burst of saves (its state in memory): whether the site can be reloaded
 * by parsing only the edited files, which pages an edit affects ({@link AffectedPages}), and the pages' shapes the
 * next edit is judged against.
 *
 * @param shapes each page's {@link PageShape} as last rendered, by {@link PageShape#key}
 */
public record Increment(Map<String, String> shapes) {

    public Increment {
        shapes = Map.copyOf(shapes);
    }

    /** After a full render: every page's shape. */
    public static Increment of(Site site) {
        return new Increment(PageShape.of(site));
    }

    /** Whether every edited file is a page of the site: then only those are parsed again. */
    public static boolean pagesOnly(Site site, Collection<Path> edited) {
        return edited.stream().allMatch(file -> file.getFileName().toString().endsWith(".md")
                && AffectedPages.pageOf(site, file).isPresent());
    }

    /** The pages an edit affects in the site after it; empty when everything must be rendered. */
    public Optional<Set<PageKey>> affected(Site after, Collection<Path> edited) {
        return AffectedPages.of(after, edited, shapes);
    }

    /** The increment after a render: the rendered pages' shapes updated, or every page's after a full render. */
    public Increment after(Site site, Optional<Set<PageKey>> rendered) {
        if (rendered.isEmpty()) {
            return of(site);
        }
        Map<String, String> updated = new TreeMap<>(shapes);
        rendered.get().forEach(key -> site.page(key.language(), key.sourcePath())
                .ifPresent(page -> updated.put(PageShape.key(page), PageShape.of(page))));
        return new Increment(updated);
    }
}
