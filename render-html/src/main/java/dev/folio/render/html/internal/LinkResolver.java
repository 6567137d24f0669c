package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SourcePosition;
import dev.folio.model.doc.LinkTarget;

import java.util.List;
import java.util.Locale;

/**
 * Turns link and image targets of one page into URLs relative to where the page is written. A
 * target that cannot be resolved is left exactly as written and reported, as MkDocs does.
 */
final class LinkResolver {
    private final Site site;
    private final AssetCatalog assets;
    private final Anchors anchors;
    private final PublishedPages published;
    private final Page page;
    private final String language;
    private final String location;
    private final List<Diagnostic> diagnostics;

    /**
     * @param location the file being written, relative to the output folder ({@code en/a/b/index.html})
     */
    LinkResolver(Site site, AssetCatalog assets, Anchors anchors, PublishedPages published, Page page,
            String location, List<Diagnostic> diagnostics) {
        this.site = site;
        this.assets = assets;
        this.anchors = anchors;
        this.published = published;
        this.page = page;
        this.language = page.language();
        this.location = location;
        this.diagnostics = diagnostics;
    }

    String href(LinkTarget target, SourcePosition position) {
        if (target instanceof LinkTarget.Internal internal) {
            if (!SiteLocations.isContained(internal.path())) {
                report("link-outside-site", "link to '" + internal.written()
                        + "' leaves the docs folder; it is not followed", position);
                return internal.written();
            }
            String resolved = internal.isPage() ? pageUrl(internal.path()) : assetUrl(internal.path());
            if (resolved == null) {
                report("broken-link", "link to '" + internal.written() + "' points to no "
                        + (internal.isPage() ? "page" : "file") + " of the site", position);
                return internal.written();
            }
            if (internal.fragment().isEmpty()) {
                return resolved;
            }
            if (internal.isPage()) {
                checkAnchor(targetPage(internal.path()), internal.fragment(), internal.written(), position);
            }
            return resolved + "#" + internal.fragment();
        }
        if (target instanceof LinkTarget.Fragment fragment && !fragment.fragment().isEmpty()) {
            checkAnchor(page, fragment.fragment(), fragment.written(), position);
        }
        if (target instanceof LinkTarget.External external
                && external.written().strip().toLowerCase(Locale.ROOT).startsWith("file:")) {
            report("unsafe-link", "link to a local file '" + external.written() + "' will not work on a web site",
                    position);
        }
        return target.written();
    }

    /** The URL of a page by source path in this page's language folder (its own or a fallback); null if none. */
    String pageUrl(String sourcePath) {
        if (!published.exists(language, sourcePath)) {
            return null;
        }
        return SiteLocations.relative(location, site.config().folder(language) + site.config().urlStyle().linkPath(sourcePath));
    }

    /** The URL of a file Folio writes into the site ({@code _folio/…}), from this page. */
    String siteFile(String outputPath) {
        return SiteLocations.relative(location, outputPath);
    }

    private Page targetPage(String sourcePath) {
        return site.page(language, sourcePath).or(() -> site.page(site.config().defaultLanguage(), sourcePath))
                .orElse(null);
    }

    private void checkAnchor(Page target, String id, String written, SourcePosition position) {
        if (target != null && !anchors.has(target, id)) {
            report("missing-anchor", "link to '" + written + "': the page has no anchor '" + id + "'", position);
        }
    }

    private String assetUrl(String path) {
        for (String candidate : List.of(language, site.config().defaultLanguage())) {
            if (assets.contains(candidate, path)) {
                return SiteLocations.relative(location, site.config().folder(candidate) + path);
            }
        }
        return null;
    }

    private void report(String code, String message, SourcePosition position) {
        diagnostics.add(Diagnostic.warning(code, message, position));
    }
}
