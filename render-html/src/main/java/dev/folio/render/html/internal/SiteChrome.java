package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Icon;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@code mkdocs.yml} puts around every page: the logo ({@code theme.logo}, a file of the docs
 * folder, or {@code theme.icon.logo}, an icon; Material's library icon by default), the favicon
 * ({@code theme.favicon}), the repository link ({@code repo_url}, {@code repo_name},
 * {@code theme.icon.repo}), the social links of the footer ({@code extra.social}) and the copyright
 * (its simple inline HTML kept, see {@link SafeInlineHtml}). Read once per site; file paths stay
 * relative to the docs folder until a page places them.
 */
final class SiteChrome {
    private static final SourcePosition CONFIG = SourcePosition.of("mkdocs.yml", 0, 0);

    /** A link with an inlined icon. */
    record IconLink(String href, String title, String svg) {
    }

    private final Optional<String> logoFile;
    private final Optional<String> logoSvg;
    private final Optional<String> favicon;
    private final Optional<IconLink> repository;
    private final Map<String, List<IconLink>> social;
    private final Map<String, String> copyright;
    private final SiteConfig config;

    private SiteChrome(SiteConfig config, Optional<String> logoFile, Optional<String> logoSvg, Optional<String> favicon,
            Optional<IconLink> repository, Map<String, List<IconLink>> social, Map<String, String> copyright) {
        this.config = config;
        this.logoFile = logoFile;
        this.logoSvg = logoSvg;
        this.favicon = favicon;
        this.repository = repository;
        this.social = Map.copyOf(social);
        this.copyright = Map.copyOf(copyright);
    }

    /** The logo when it is an icon ({@code theme.icon.logo}, Material's by default), as SVG markup. */
    Optional<String> logoSvg() {
        return logoSvg;
    }

    static SiteChrome of(Site site, AssetCatalog assets, IconLibrary icons, List<Diagnostic> diagnostics) {
        Map<String, Object> config = site.config().raw();
        Map<?, ?> theme = config.get("theme") instanceof Map<?, ?> map ? map : Map.of();
        Map<?, ?> themeIcons = theme.get("icon") instanceof Map<?, ?> map ? map : Map.of();
        String language = site.config().defaultLanguage();

        Optional<String> logoFile = localFile(theme.get("logo"), "theme.logo", assets, language, diagnostics);
        Optional<String> logoSvg = logoFile.isPresent() ? Optional.empty()
                : icon(String.valueOf(themeIcons.get("logo") == null ? "material/library" : themeIcons.get("logo")),
                        "theme.icon.logo", icons, diagnostics);
        Optional<String> favicon = localFile(theme.get("favicon"), "theme.favicon", assets, language, diagnostics);

        Optional<IconLink> repository = Optional.empty();
        if (config.get("repo_url") instanceof String url && isWebUrl(url)) {
            // An explicit empty repo_name (Privacy Guides has one) shows the icon alone, as in Material.
            String name = config.get("repo_name") instanceof String written ? written : repositoryName(url);
            String iconName = themeIcons.get("repo") == null ? "fontawesome/brands/git-alt"
                    : String.valueOf(themeIcons.get("repo"));
            repository = Optional.of(new IconLink(url, name,
                    icon(iconName, "theme.icon.repo", icons, diagnostics).orElse("")));
        }

        // Social names and the copyright are per language: mkdocs.yml may read them from each language's strings.
        Map<String, List<IconLink>> social = new LinkedHashMap<>();
        Map<String, String> copyright = new LinkedHashMap<>();
        List<IconLink> primarySocial = social(config, icons, diagnostics);
        for (Language each : site.languages()) {
            SiteConfig own = site.config(each.code());
            social.put(each.code(), own == site.config() ? primarySocial
                    : social(own.raw(), icons, new ArrayList<>())); // problems reported once, above
            copyright.put(each.code(), SafeInlineHtml.of(own.copyright()));
        }
        return new SiteChrome(site.config(), logoFile, logoSvg, favicon, repository, social, copyright);
    }

    private static List<IconLink> social(Map<String, Object> config, IconLibrary icons, List<Diagnostic> diagnostics) {
        List<IconLink> social = new ArrayList<>();
        if (config.get("extra") instanceof Map<?, ?> extra && extra.get("social") instanceof List<?> links) {
            for (Object entry : links) {
                if (!(entry instanceof Map<?, ?> link) || link.get("link") == null) {
                    continue;
                }
                String href = String.valueOf(link.get("link"));
                if (!isWebUrl(href) && !href.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
                    diagnostics.add(Diagnostic.warning("unsafe-link",
                            "extra.social link '" + href + "' is not a web address; it is left out", CONFIG));
                    continue;
                }
                String title = link.get("name") == null ? hostOf(href) : String.valueOf(link.get("name"));
                String svg = link.get("icon") == null ? ""
                        : icon(String.valueOf(link.get("icon")), "extra.social icon", icons, diagnostics).orElse("");
                social.add(new IconLink(href, title, svg));
            }
        }
        return social;
    }

    /**
     * The template keys for a page of {@code language}, placed by {@code url} (which turns a path relative to
     * the output folder into the page's URL for it): {@code logo}
     * ({@code src} or {@code svg}), {@code favicon}, {@code repo}, {@code social}, {@code copyright}.
     */
    Map<String, Object> model(String language, String defaultLanguage, AssetCatalog assets,
            Function<String, String> url) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> logo = new LinkedHashMap<>();
        logoFile.ifPresent(file -> logo.put("src", url.apply(place(file, language, defaultLanguage, assets))));
        logoSvg.ifPresent(svg -> logo.put("svg", svg));
        model.put("logo", logo);
        model.put("favicon", favicon.map(file -> url.apply(place(file, language, defaultLanguage, assets))).orElse(""));
        model.put("repo", repository.map(SiteChrome::linkModel).orElse(Map.of()));
        model.put("social", social.getOrDefault(language, List.of()).stream().map(SiteChrome::linkModel).toList());
        model.put("copyright", copyright.getOrDefault(language, ""));
        return model;
    }

    private static Map<String, Object> linkModel(IconLink link) {
        return Map.of("href", link.href(), "title", link.title(), "svg", link.svg());
    }

    /** The language's own copy of a docs file, else the default language's, relative to the output folder. */
    private String place(String file, String language, String defaultLanguage, AssetCatalog assets) {
        return config.folder(assets.contains(language, file) ? language : defaultLanguage) + file;
    }

    private static Optional<String> localFile(Object value, String key, AssetCatalog assets, String language,
            List<Diagnostic> diagnostics) {
        if (value == null) {
            return Optional.empty();
        }
        String path = String.valueOf(value);
        if (isWebUrl(path) || path.startsWith("//")) {
            diagnostics.add(Diagnostic.warning("external-asset", key + " '" + path
                    + "' is on another host; it is not loaded, so that readers make no request elsewhere", CONFIG));
            return Optional.empty();
        }
        if (!SiteLocations.isContained(path) || !assets.contains(language, path)) {
            diagnostics.add(Diagnostic.warning("broken-link", key + " names '" + path
                    + "', which is not in the docs folder", CONFIG));
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** {@code material/library} or {@code simple/mastodon}: the set, then the name with {@code /} as {@code -}. */
    private static Optional<String> icon(String path, String key, IconLibrary icons, List<Diagnostic> diagnostics) {
        int slash = path.indexOf('/');
        Optional<String> svg = slash <= 0 ? Optional.empty() : icons.svg(new Icon(path.substring(0, slash),
                path.substring(slash + 1).replace('/', '-'), Attributes.EMPTY, CONFIG));
        if (svg.isEmpty()) {
            diagnostics.add(Diagnostic.warning("unknown-icon", key + " '" + path + "' is not a known icon", CONFIG));
        }
        return svg;
    }

    private static boolean isWebUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** MkDocs' default {@code repo_name}: GitHub, Bitbucket or GitLab by host, else the host itself. */
    private static String repositoryName(String url) {
        String host = hostOf(url).toLowerCase(Locale.ROOT);
        if (host.contains("github")) {
            return "GitHub";
        }
        if (host.contains("bitbucket")) {
            return "Bitbucket";
        }
        if (host.contains("gitlab")) {
            return "GitLab";
        }
        return host;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
