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

    /**
     * The target of a cross-reference ({@code [text][identifier]}, mkdocs-autorefs), or empty, reported, when no
     * heading or API reference of the site has that anchor: the text is then shown without a link.
     */
    java.util.Optional<LinkTarget.Internal> crossReference(LinkTarget.CrossReference reference,
            SourcePosition position) {
        java.util.Optional<LinkTarget.Internal> resolved = anchors.crossReference(page, reference.identifier());
        if (resolved.isEmpty()) {
            report("unresolved-reference", "cross-reference to '" + reference.identifier() + "': no heading or API"
                    + " reference of the site has that anchor; its text is shown without a link", position);
        }
        return resolved;
    }

    /** The URL of a page by source path in this page's language folder (its own or a fallback); null if none. */
    String pageUrl(String sourcePath) {
        if (!published.exists(language, sourcePath)) {
            return null;
        }
        return SiteLocations.relative(location, site.config().folder(language) + site.config().urlStyle().linkPath(sourcePath));
    }

    private static final java.util.Map<String, String> IMAGE_TYPES = java.util.Map.of("png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml");
    /** pymdownx.b64 inlines images up to this size; a larger one stays a file, with a warning. */
    private static final long MAX_INLINED = 8 * 1024 * 1024;

    /**
     * pymdownx.b64: an image of the site (PNG, JPEG, GIF, SVG) as a {@code data:} URI of its file, read from the docs
     * folder only; empty for any other target, which keeps its URL.
     */
    java.util.Optional<String> inlined(LinkTarget target, SourcePosition position) {
        if (!(target instanceof LinkTarget.Internal internal) || internal.isPage()
                || !SiteLocations.isContained(internal.path())) {
            return java.util.Optional.empty();
        }
        String path = internal.path();
        String type = IMAGE_TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return java.util.Optional.empty();
        }
        for (String candidate : List.of(language, site.config().defaultLanguage())) {
            java.nio.file.Path file = assets.assets(candidate).get(path);
            if (file != null) {
                try {
                    if (java.nio.file.Files.size(file) > MAX_INLINED) {
                        report("b64-too-large", "image '" + internal.written() + "' is larger than 8 MB; it is linked,"
                                + " not inlined", position);
                        return java.util.Optional.empty();
                    }
                    return java.util.Optional.of("data:" + type + ";base64,"
                            + java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(file)));
                } catch (java.io.IOException e) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.empty();
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
