package dev.folio.render.html.internal;

import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.UrlStyle;
import dev.folio.model.SiteConfig;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.Heading;
import dev.folio.render.kit.SiteUrls;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The data the page template gets for one page written at one location: everything as strings,
 * booleans, lists and maps, URLs already relative to the location, the content as finished HTML.
 */
final class PageView {
    private PageView() {
    }

    /**
     * @param location where the file is written, relative to the output folder
     * @param links    resolves URLs for this location
     * @param content  the article's HTML
     */
    static Map<String, Object> of(Publication publication, Page page, String location, LinkResolver links,
            String content) {
        Site site = publication.site();
        PublishedPages published = publication.published();
        SiteConfig config = site.config();
        SiteConfig own = site.config(page.language()); // name, description, … as this language reads them
        Language language = config.language(page.language()).orElse(config.defaultLanguageInfo());
        Language contentLanguage = published.isFallback(page) ? config.defaultLanguageInfo() : language;
        Map<String, Object> model = common(publication, language, location);
        model.put("fallback", published.isFallback(page));
        model.put("contentLang", contentLanguage.code());
        model.put("contentDir", contentLanguage.direction().htmlValue());
        model.put("title", page.title());
        model.put("documentTitle", documentTitle(page, own.name(), site.config(), published));
        model.put("description", page.frontMatter().description().orElse(own.description()));
        String canonical = canonical(config, contentLanguage.code(), page, location);
        model.put("canonical", canonical);
        model.put("openGraph", openGraph(page, own, canonical, language));
        model.put("content", content);
        model.put("homeHref", homeHref(site, links));
        model.put("alternates", alternates(site, page, location));
        model.put("languages", languageSwitcher(site, published, page, location));
        // The built-in template writes navHtml (<@navHtml/>); nav, the same tree as data, is only built for a
        // template that reads it.
        NavigationHtml navigation = publication.navigation().get(page.language());
        model.put("navHtml", navigation.markup(page.sourcePath(), location));
        model.put("nav", new OnDemand<>(() -> NavigationView.of(site.navigation(page.language()), page.sourcePath(),
                links::pageUrl, publication.features())));
        model.put("tabs", publication.features().tabs() ? navigation.tabs(page.sourcePath(), location) : List.of());
        // Material's front matter "hide": navigation, toc and footer (previous/next) can be left out.
        List<String> hidden = page.frontMatter().list("hide");
        model.put("hideNavigation", hidden.contains("navigation"));
        model.put("toc", hidden.contains("toc") ? List.of() : TableOfContents.of(page.document(), publication.toc()));
        // Material titles the table of contents with toc's title when the site sets one.
        model.put("tocTitle", publication.toc().title().orElse(UiLabels.of(page.language()).get("toc")));
        model.put("previous", hidden.contains("footer") ? Map.of() : neighbour(published, page, links, -1));
        model.put("next", hidden.contains("footer") ? Map.of() : neighbour(published, page, links, 1));
        model.put("extraCss", ExtraAssets.model(
                publication.extraCss().getOrDefault(page.language(), List.of()), location));
        model.put("extraJavascript", ExtraAssets.model(
                publication.extraJavascript().getOrDefault(page.language(), List.of()), location));
        return model;
    }

    /**
     * The keys every template gets: language, direction, site name, theme folder, labels, and the
     * site's chrome (logo, favicon, repository, social links, copyright; see {@link SiteChrome}).
     */
    static Map<String, Object> common(Publication publication, Language language, String location) {
        Site site = publication.site();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("dir", language.direction().htmlValue());
        model.put("siteName", site.config(language.code()).name());
        model.put("theme", SiteLocations.relative(location, ThemeAssets.FOLDER + "/"));
        model.put("siteRoot", SiteLocations.relative(location, ""));
        model.put("searchIndex", SiteLocations.relative(location, SearchIndex.path(language.code())));
        model.put("labels", UiLabels.of(language.code()));
        model.put("tabs", List.of());
        model.putAll(publication.chrome().model(language.code(), site.config().defaultLanguage(),
                publication.assets(), path -> SiteLocations.relative(location, path)));
        return model;
    }

    /** Whether Material would insert an {@code <h1>} with the page title: when the Markdown has none. */
    static Optional<String> insertedTitle(Page page) {
        for (Block block : page.document().blocks()) {
            if (block instanceof Heading heading && heading.level() == 1) {
                return Optional.empty();
            }
        }
        return Optional.of(page.title());
    }

    /** {@code meta_title} as written (it is the whole title for search engines), else "title - site". */
    private static String documentTitle(Page page, String siteName, SiteConfig config, PublishedPages published) {
        Object metaTitle = page.frontMatter().raw().get("meta_title");
        if (metaTitle != null && !String.valueOf(metaTitle).isBlank()) {
            return String.valueOf(metaTitle);
        }
        // As MkDocs titles a page: its front matter's title, else the title its navigation entry gives it, else its own.
        String title = page.frontMatter().title().or(() -> published.navigationTitle(page.language(), page.sourcePath()))
                .orElse(page.title());
        return isHome(page, config) ? siteName : title + " - " + siteName;
    }

    /** Open Graph: {@code og:url} only when the site has a URL (it must be absolute). */
    private static Map<String, Object> openGraph(Page page, SiteConfig config, String canonical, Language language) {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("og:type", "website");
        tags.put("og:site_name", config.name());
        tags.put("og:title", page.frontMatter().metaTitle().orElse(page.title()));
        String description = page.frontMatter().description().orElse(config.description());
        if (!description.isBlank()) {
            tags.put("og:description", description);
        }
        if (SiteUrls.root(config).isPresent()) {
            tags.put("og:url", canonical);
        }
        tags.put("og:locale", language.code().replace('-', '_'));
        return tags;
    }

    /**
     * Whether the page is its site's home page, titled with the site's name alone as MkDocs titles it: the index of
     * each language, as each language is a MkDocs site of its own (built once per language), except a translation
     * under mkdocs-static-i18n, which builds one site whose home page is the default language's.
     */
    private static boolean isHome(Page page, SiteConfig config) {
        return page.outputPath().equals("index.html")
                && (page.language().equals(config.defaultLanguage()) || !config.plugins().containsKey("i18n"));
    }

    /** The page's own language version: absolute with a site URL, else relative (the root index.html points into its language). */
    private static String canonical(SiteConfig config, String language, Page page, String location) {
        String path = config.folder(language) + config.urlStyle().linkPath(page.sourcePath());
        return SiteUrls.root(config).map(root -> root + UrlStyle.encoded(path))
                .orElseGet(() -> SiteLocations.relative(location, path));
    }

    private static String homeHref(Site site, LinkResolver links) {
        for (String home : List.of("index.md", "README.md")) {
            String url = links.pageUrl(home);
            if (url != null) {
                return url;
            }
        }
        return "./";
    }

    private static List<Map<String, Object>> alternates(Site site, Page page, String location) {
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (Language language : site.languages()) {
            site.page(language.code(), page.sourcePath()).ifPresent(version -> alternates.add(Map.of(
                    "lang", language.code(),
                    "href", SiteLocations.relative(location, site.config().folder(language.code())
                            + site.config().urlStyle().linkPath(version.sourcePath())))));
        }
        return alternates;
    }

    /** Every language, linked to this page in that language's folder, or to that folder's home when it has none. */
    private static List<Map<String, Object>> languageSwitcher(Site site, PublishedPages published, Page page,
            String location) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Language language : site.languages()) {
            String target = published.exists(language.code(), page.sourcePath())
                    ? site.config().folder(language.code()) + site.config().urlStyle().linkPath(page.sourcePath())
                    : site.config().folder(language.code());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", language.code());
            entry.put("name", language.name());
            entry.put("dir", language.direction().htmlValue());
            entry.put("href", SiteLocations.relative(location, target));
            entry.put("current", language.code().equals(page.language()));
            entries.add(entry);
        }
        return entries;
    }

    /** A list computed on first use. */
    private static final class OnDemand<T> extends AbstractList<T> {
        private final Supplier<List<T>> supplier;
        private List<T> list;

        OnDemand(Supplier<List<T>> supplier) {
            this.supplier = supplier;
        }

        private List<T> list() {
            if (list == null) {
                list = supplier.get();
            }
            return list;
        }

        @Override
        public T get(int index) {
            return list().get(index);
        }

        @Override
        public int size() {
            return list().size();
        }
    }

    private static Map<String, Object> neighbour(PublishedPages published, Page page, LinkResolver links, int step) {
        List<Page> order = published.inNavigationOrder(page.language());
        int index = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).sourcePath().equals(page.sourcePath())) {
                index = i;
            }
        }
        int other = index + step;
        if (index < 0 || other < 0 || other >= order.size()) {
            return Map.of();
        }
        Page neighbour = order.get(other);
        String href = links.pageUrl(neighbour.sourcePath());
        return href == null ? Map.of() : Map.of("title", neighbour.title(), "href", href);
    }
}
