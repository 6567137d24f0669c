package dev.folio.render.html.internal;

import dev.folio.model.Language;
import dev.folio.model.NavItem;
import dev.folio.model.Page;
import dev.folio.model.Site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages each language folder gets: its own pages, plus a fallback for every page of the default
 * language that it lacks, so a reader following the navigation stays in their language's site. A
 * fallback is the default language's page published under the translation's folder, with a notice; none with
 * mkdocs-static-i18n's {@code fallback_to_default: false}.
 * Thread-safe.
 */
final class PublishedPages {
    private final Site site;
    private final String defaultLanguage;
    private final Map<String, List<Page>> navigationOrder = new ConcurrentHashMap<>();
    /** Per language: the title each page's navigation entry gives it, by source path; computed once per language. */
    private final Map<String, Map<String, String>> navigationTitles = new ConcurrentHashMap<>();
    /** Whether a translation shows the default language's page where it has none (mkdocs-static-i18n's default). */
    private final boolean fallsBack;

    PublishedPages(Site site) {
        this.site = site;
        this.defaultLanguage = site.config().defaultLanguage();
        this.fallsBack = !(site.config().plugins().get("i18n") instanceof Map<?, ?> i18n
                && Boolean.FALSE.equals(i18n.get("fallback_to_default")));
    }

    boolean exists(String language, String sourcePath) {
        return site.page(language, sourcePath).isPresent()
                || (fallsBack || language.equals(defaultLanguage)) && site.page(defaultLanguage, sourcePath).isPresent();
    }

    /** The page a language folder shows for a source path: its own, or the default language's as a fallback. */
    Optional<Page> page(String language, String sourcePath) {
        return site.page(language, sourcePath).or(() -> fallsBack
                ? site.page(defaultLanguage, sourcePath).map(page -> fallback(page, language)) : Optional.empty());
    }

    /** Whether the page is the default language's, published in another language's folder. */
    boolean isFallback(Page page) {
        return site.page(page.language(), page.sourcePath()).isEmpty();
    }

    /** The fallbacks a language needs, in the default language's load order. */
    List<Page> fallbacks(Language language) {
        List<Page> fallbacks = new ArrayList<>();
        if (fallsBack && !language.code().equals(defaultLanguage)) {
            for (Page page : site.pages(defaultLanguage)) {
                if (site.page(language.code(), page.sourcePath()).isEmpty()) {
                    fallbacks.add(fallback(page, language.code()));
                }
            }
        }
        return fallbacks;
    }

    /** The pages of a language's navigation in reading order, fallbacks included; computed once per language. */
    List<Page> inNavigationOrder(String language) {
        return navigationOrder.computeIfAbsent(language, code -> {
            List<Page> pages = new ArrayList<>();
            for (String sourcePath : site.navigation(code).pageOrder()) {
                page(code, sourcePath).ifPresent(pages::add);
            }
            return List.copyOf(pages);
        });
    }

    /** The title a page's entry in its language's navigation gives it (the first entry, as MkDocs takes it). */
    Optional<String> navigationTitle(String language, String sourcePath) {
        return Optional.ofNullable(navigationTitles.computeIfAbsent(language, code -> {
            Map<String, String> titles = new HashMap<>();
            collectTitles(site.navigation(code).items(), titles);
            return titles;
        }).get(sourcePath));
    }

    private static void collectTitles(List<NavItem> items, Map<String, String> titles) {
        for (NavItem item : items) {
            if (item instanceof NavItem.PageRef ref) {
                titles.putIfAbsent(ref.sourcePath(), ref.title());
            } else if (item instanceof NavItem.Section section) {
                collectTitles(section.children(), titles);
            }
        }
    }

    private static Page fallback(Page page, String language) {
        return new Page(page.sourcePath(), page.sourceFile(), page.outputPath(), language, page.frontMatter(),
                page.document(), List.of());
    }
}
