package dev.folio.maven.internal;

import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.render.PageKey;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which pages an edit affects, for a partial render's {@link dev.folio.model.render.RenderScope}; empty when the
 * whole site must be rendered. Rules:
 * <ul>
 * <li>a changed file that is not a page of the site (configuration, theme, snippets, images), or a page added
 * or deleted (the navigation, sitemap and links change): everything;</li>
 * <li>a page whose {@link PageShape} changed (title or headings): every page of its language, and everything
 * when it is a default-language page (other languages show it in their navigation as a fallback);</li>
 * <li>otherwise the page, and for a default-language page its fallback copy in every language that has no
 * translation of it. A translation's language switcher links by path only, so it does not change.</li>
 * </ul>
 * The search index of each language with a listed page is rewritten by the renderer.
 */
public final class AffectedPages {

    private AffectedPages() {
    }

    /**
     * @param site      the site after the change
     * @param changed   the changed files, absolute
     * @param oldShapes each page's shape before the change, by key
     */
    public static Optional<Set<PageKey>> of(Site site, Collection<Path> changed, Map<String, String> oldShapes) {
        String primary = site.config().defaultLanguage();
        Set<PageKey> keys = new LinkedHashSet<>();
        for (Path file : changed) {
            Optional<Page> found = pageOf(site, file);
            if (found.isEmpty() || !oldShapes.containsKey(PageShape.key(found.get()))) {
                return Optional.empty();
            }
            Page page = found.get();
            boolean sameShape = oldShapes.get(PageShape.key(page)).equals(PageShape.of(page));
            if (!sameShape && page.language().equals(primary)) {
                return Optional.empty();
            }
            if (!sameShape) {
                keys.addAll(everyPage(site, page.language()));
                continue;
            }
            keys.add(PageKey.of(page));
            if (page.language().equals(primary)) {
                for (Language language : site.languages()) {
                    if (site.page(language.code(), page.sourcePath()).isEmpty()) {
                        keys.add(new PageKey(language.code(), page.sourcePath()));
                    }
                }
            }
        }
        return Optional.of(keys);
    }

    /** The page a file is, by the language folder that holds it (the deepest, as translations may be inside docs). */
    static Optional<Page> pageOf(Site site, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return site.languages().stream()
                .map(Language::code)
                .filter(code -> site.sourceRoot(code).map(root -> absolute.startsWith(root.toAbsolutePath().normalize()))
                        .orElse(false))
                .max(Comparator.comparingInt(code -> site.sourceRoot(code).orElseThrow().toAbsolutePath().normalize()
                        .getNameCount()))
                .flatMap(code -> {
                    Path root = site.sourceRoot(code).orElseThrow().toAbsolutePath().normalize();
                    String sourcePath = root.relativize(absolute).toString().replace('\\', '/');
                    return site.page(code, sourcePath);
                });
    }

    /** A language's own pages and its fallbacks of the default language's. */
    private static Set<PageKey> everyPage(Site site, String language) {
        Set<PageKey> keys = new LinkedHashSet<>();
        site.pages(language).forEach(page -> keys.add(PageKey.of(page)));
        site.pages(site.config().defaultLanguage()).forEach(page -> keys.add(new PageKey(language, page.sourcePath())));
        return keys;
    }
}
