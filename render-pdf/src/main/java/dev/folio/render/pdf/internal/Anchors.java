package dev.folio.render.pdf.internal;

import dev.folio.model.Page;
import dev.folio.model.SiteConfig;
import dev.folio.model.doc.LinkTarget;
import dev.folio.model.doc.Node;
import dev.folio.model.doc.Traversal;
import dev.folio.render.kit.SiteUrls;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The anchors of one guide: each page gets a key ({@code p3}), each id inside it becomes
 * {@code p3--id}, so ids that repeat across pages stay unique in the single document. Maps link
 * targets to the in-document links that replace them.
 */
public final class Anchors {
    /** The scheme of a link to an anchor printed in another part of the guide, made a GoTo after the merge. */
    public static final String ELSEWHERE = "folio-goto:";
    private static final Set<String> CLICKABLE_SCHEMES = Set.of("http", "https", "mailto", "ftp", "tel");

    private final Map<String, String> keyByPath = new LinkedHashMap<>();
    private final Map<String, Set<String>> idsByPath = new LinkedHashMap<>();
    private final SiteConfig config;
    private final String language;
    private final Set<String> printed;
    private final dev.folio.model.@org.jspecify.annotations.Nullable CrossReferences crossReferences;

    public Anchors(List<Page> pages, SiteConfig config, String language) {
        this(pages, pages, config, language, null);
    }

    /**
     * @param printed  the pages of the guide this document prints; links to the others (printed in
     *                 another part of a chunked guide, {@link ChunkedGuide}) become {@link #ELSEWHERE} links
     * @param config   the site's settings: where it is published ({@link SiteUrls})
     * @param language the guide's language: a page not in the guide is linked on its language's site
     * @param crossReferences where the site's cross-references ({@code [text][identifier]}) lead; null: nowhere
     */
    public Anchors(List<Page> pages, List<Page> printed, SiteConfig config, String language,
            dev.folio.model.@org.jspecify.annotations.Nullable CrossReferences crossReferences) {
        this.crossReferences = crossReferences;
        this.printed = printed.stream().map(Page::sourcePath).collect(java.util.stream.Collectors.toSet());
        this.config = config;
        this.language = language;
        for (Page page : pages) {
            keyByPath.put(page.sourcePath(), "p" + (keyByPath.size() + 1));
            Set<String> ids = new HashSet<>();
            Traversal.nodes(page.document()).map(Node::attributes).map(a -> a.id()).filter(id -> !id.isEmpty())
                    .forEach(ids::add);
            idsByPath.put(page.sourcePath(), ids);
        }
    }

    public String pageKey(Page page) {
        return keyByPath.get(page.sourcePath());
    }

    /** The link to the top of a page of the guide. */
    String pageLink(Page page) {
        return (printed.contains(page.sourcePath()) ? "#" : ELSEWHERE) + pageKey(page);
    }

    /** The document-wide id of an id written inside a page. */
    String id(Page page, String id) {
        return id.isEmpty() ? "" : pageKey(page) + "--" + id;
    }

    /** Where a link from {@code page} goes in the PDF, or empty when it cannot be followed from paper. */
    Optional<String> href(Page page, LinkTarget target) {
        if (target instanceof LinkTarget.CrossReference reference) {
            // Unresolved, the text is printed without a link (the HTML backend reports it).
            return crossReferences == null ? Optional.empty()
                    : crossReferences.resolve(page, reference.identifier()).flatMap(found -> href(page, found));
        }
        if (target instanceof LinkTarget.Fragment fragment) {
            return Optional.of("#" + anchor(page.sourcePath(), fragment.fragment()));
        }
        if (target instanceof LinkTarget.Internal internal) {
            if (internal.isPage() && keyByPath.containsKey(internal.path())) {
                return Optional.of((printed.contains(internal.path()) ? "#" : ELSEWHERE)
                        + anchor(internal.path(), internal.fragment()));
            }
            // A page in the guide's language; a file where the site keeps it, with the default language's pages.
            Optional<String> url = internal.isPage()
                    ? SiteUrls.of(config, language, config.urlStyle().linkPath(internal.path()))
                    : SiteUrls.of(config, config.defaultLanguage(), internal.path());
            return url.map(found -> found + (internal.fragment().isEmpty() ? "" : "#" + internal.fragment()));
        }
        return external(target.written());
    }

    /** The page on the published site, when the site says where it is published. */
    Optional<String> onlineUrl(Page page) {
        return SiteUrls.of(config, language, config.urlStyle().linkPath(page.sourcePath()));
    }

    /** A URL written in raw HTML. */
    Optional<String> href(Page page, String written) {
        if (written.startsWith("#")) {
            return Optional.of("#" + anchor(page.sourcePath(), written.substring(1)));
        }
        return external(written);
    }

    private static Optional<String> external(String written) {
        int colon = written.indexOf(':');
        String scheme = colon > 0 ? written.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        return CLICKABLE_SCHEMES.contains(scheme) ? Optional.of(written) : Optional.empty();
    }

    /** The page's own anchor when the fragment is unknown there, so the link still lands on the page. */
    private String anchor(String path, String fragment) {
        String key = keyByPath.get(path);
        return !fragment.isEmpty() && idsByPath.get(path).contains(fragment) ? key + "--" + fragment : key;
    }
}
