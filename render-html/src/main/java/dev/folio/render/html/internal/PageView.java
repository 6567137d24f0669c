package dev.folio.render.html.internal;

import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.Heading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * @param extraCss stylesheets of the site to load after the theme's, relative to the output folder
     */
    static Map<String, Object> of(Site site, PublishedPages published, Page page, String location,
            LinkResolver links, String content, List<String> extraCss, List<String> extraJavascript) {
        SiteConfig config = site.config();
        Language language = config.language(page.language()).orElse(config.defaultLanguageInfo());
        Language contentLanguage = published.isFallback(page) ? config.defaultLanguageInfo() : language;
        Map<String, Object> model = common(site, language, location);
        model.put("fallback", published.isFallback(page));
        model.put("contentLang", contentLanguage.code());
        model.put("contentDir", contentLanguage.direction().htmlValue());
        model.put("title", page.title());
        model.put("documentTitle", documentTitle(page, config.name()));
        model.put("description", page.frontMatter().description().orElse(config.description()));
        model.put("canonical", canonical(config, contentLanguage.code(), page, location));
        model.put("content", content);
        model.put("homeHref", homeHref(site, links));
        model.put("alternates", alternates(site, page, location));
        model.put("languages", languageSwitcher(site, published, page, location));
        model.put("nav", NavigationView.of(site.navigation(page.language()), page.sourcePath(), links::pageUrl));
        // Material's front matter "hide": navigation, toc and footer (previous/next) can be left out.
        List<String> hidden = page.frontMatter().list("hide");
        model.put("hideNavigation", hidden.contains("navigation"));
        model.put("toc", hidden.contains("toc") ? List.of() : TableOfContents.of(page.document()));
        model.put("previous", hidden.contains("footer") ? Map.of() : neighbour(published, page, links, -1));
        model.put("next", hidden.contains("footer") ? Map.of() : neighbour(published, page, links, 1));
        model.put("extraCss", relativeTo(location, extraCss));
        model.put("extraJavascript", relativeTo(location, extraJavascript));
        return model;
    }

    /** The keys every template gets: language, direction, site name, theme folder, labels, copyright. */
    static Map<String, Object> common(Site site, Language language, String location) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("dir", language.direction().htmlValue());
        model.put("siteName", site.config().name());
        model.put("copyright", site.config().copyright());
        model.put("theme", SiteLocations.relative(location, ThemeAssets.FOLDER + "/"));
        model.put("siteRoot", SiteLocations.relative(location, ""));
        model.put("searchIndex", SiteLocations.relative(location, SearchIndex.path(language.code())));
        model.put("labels", UiLabels.of(language.code()));
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

    private static String documentTitle(Page page, String siteName) {
        Optional<String> metaTitle = page.frontMatter().metaTitle();
        if (metaTitle.isPresent()) {
            return metaTitle.get() + " - " + siteName;
        }
        return isHome(page) ? siteName : page.title() + " - " + siteName;
    }

    private static boolean isHome(Page page) {
        return page.outputPath().equals("index.html");
    }

    /** The page's own language version: absolute with a site URL, else relative (the root index.html points into its language). */
    private static String canonical(SiteConfig config, String language, Page page, String location) {
        String path = language + "/" + config.urlStyle().linkPath(page.sourcePath());
        return SiteUrl.root(config).map(root -> root + path).orElseGet(() -> SiteLocations.relative(location, path));
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
                    "href", SiteLocations.relative(location, language.code() + "/"
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
                    ? language.code() + "/" + site.config().urlStyle().linkPath(page.sourcePath())
                    : language.code() + "/";
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

    private static List<String> relativeTo(String location, List<String> sitePaths) {
        return sitePaths.stream().map(path -> SiteLocations.relative(location, path)).toList();
    }
}
