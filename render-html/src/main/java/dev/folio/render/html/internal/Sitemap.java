package dev.folio.render.html.internal;

import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.UrlStyle;
import dev.folio.render.kit.Escaping;
import dev.folio.render.kit.SiteUrls;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sitemap.xml}: every page of every language with its translations as {@code hreflang}
 * alternates, when the site has a URL ({@code site_url}, see {@link SiteUrls}); without one, none, as MkDocs writes
 * it, since a sitemap needs absolute URLs. {@code lastmod} is the build time, so the file is reproducible.
 */
final class Sitemap {
    private Sitemap() {
    }

    static String of(Site site, Instant buildTime) {
        Optional<String> root = SiteUrls.root(site.config());
        if (root.isEmpty()) {
            // Without site_url, MkDocs writes a sitemap that lists nothing: a sitemap needs absolute URLs.
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n</urlset>\n";
        }
        String base = root.get();
        String lastModified = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(buildTime);
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Language language : site.languages()) {
            for (Page page : site.pages(language.code())) {
                xml.append("<url><loc>");
                Escaping.htmlAttribute(xml, url(site, base, page));
                xml.append("</loc><lastmod>").append(lastModified).append("</lastmod>");
                Map<String, Page> translations = site.translations(page);
                if (!translations.isEmpty()) {
                    alternate(xml, language.code(), url(site, base, page));
                    translations.forEach((code, translation) -> alternate(xml, code, url(site, base, translation)));
                }
                xml.append("</url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void alternate(StringBuilder xml, String language, String url) {
        xml.append("<xhtml:link rel=\"alternate\" hreflang=\"");
        Escaping.htmlAttribute(xml, language);
        xml.append("\" href=\"");
        Escaping.htmlAttribute(xml, url);
        xml.append("\"/>");
    }

    private static String url(Site site, String base, Page page) {
        return base + site.config().folder(page.language()) + UrlStyle.encoded(site.config().urlStyle().linkPath(page.sourcePath()));
    }
}
