package dev.folio.model.render;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a render writes: everything, or (for an incremental build or a live preview, after an edit) only some pages
 * and some languages' search indexes. A partial render writes nothing else: theme, assets, 404 page and sitemap are
 * left as the last full render wrote them. A format that cannot render part of a site renders all of it.
 */
public sealed interface RenderScope {

    /** The whole site. */
    RenderScope EVERYTHING = new Everything();

    /** These pages and no search index. */
    static RenderScope pages(Collection<PageKey> pages) {
        return new Partial(Set.copyOf(pages), Set.of());
    }

    /** These pages and the search index of each of their languages, which lists them. */
    static RenderScope pagesAndTheirSearchIndexes(Collection<PageKey> pages) {
        Set<String> languages = new TreeSet<>();
        pages.forEach(page -> languages.add(page.language()));
        return new Partial(Set.copyOf(pages), languages);
    }

    /** Only these languages' search indexes. */
    static RenderScope searchIndexes(Collection<String> languages) {
        return new Partial(Set.of(), Set.copyOf(languages));
    }

    boolean isEverything();

    boolean includes(PageKey page);

    boolean includesSearchIndex(String language);

    /** The whole site. */
    record Everything() implements RenderScope {
        @Override
        public boolean isEverything() {
            return true;
        }

        @Override
        public boolean includes(PageKey page) {
            return true;
        }

        @Override
        public boolean includesSearchIndex(String language) {
            return true;
        }
    }

    /** Some pages and some languages' search indexes. */
    record Partial(Set<PageKey> pages, Set<String> searchIndexes) implements RenderScope {
        public Partial {
            pages = Set.copyOf(Objects.requireNonNull(pages, "pages"));
            searchIndexes = Set.copyOf(Objects.requireNonNull(searchIndexes, "searchIndexes"));
        }

        @Override
        public boolean isEverything() {
            return false;
        }

        @Override
        public boolean includes(PageKey page) {
            return pages.contains(page);
        }

        @Override
        public boolean includesSearchIndex(String language) {
            return searchIndexes.contains(language);
        }
    }
}
