package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.Site;
import dev.folio.model.SourcePosition;
import dev.folio.model.UrlStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pages of mkdocs-redirects ({@code plugins: - redirects: redirect_maps: {old.md: new.md}}): at each old
 * page's place, in every language's folder, a page that sends the reader on, written as that plugin writes it
 * (canonical link, a script that keeps the {@code #fragment}, a meta refresh). A target is a page of the site
 * (with or without a fragment) or an {@code http(s)} URL.
 */
final class Redirects {
    private static final SourcePosition CONFIG = SourcePosition.of("mkdocs.yml", 0, 0);
    /** An ampersand that starts a character reference: {@code &amp;}, {@code &#38;}, {@code &#x26;}. */
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(?=[A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)");

    /** One file to write: its path from the output root, and its content. */
    record RedirectPage(String path, String html) {
    }

    private Redirects() {
    }

    static List<RedirectPage> of(Site site, PublishedPages published, List<Diagnostic> diagnostics) {
        Object settings = site.config().plugins().get("redirects");
        if (!(settings instanceof Map<?, ?> options) || !(options.get("redirect_maps") instanceof Map<?, ?> maps)) {
            return List.of();
        }
        UrlStyle style = site.config().urlStyle();
        List<RedirectPage> pages = new ArrayList<>();
        for (Map.Entry<?, ?> redirect : maps.entrySet()) {
            String from = String.valueOf(redirect.getKey()).strip();
            String to = String.valueOf(redirect.getValue()).strip();
            if (!from.endsWith(".md") || !SiteLocations.isContained(from)) {
                diagnostics.add(Diagnostic.warning("redirect-invalid", "redirects: '" + from
                        + "' is not a Markdown file of the docs folder; no redirect is written for it", CONFIG));
                continue;
            }
            String oldFile = style.outputPath(from);
            int hash = to.indexOf('#');
            String target = hash < 0 ? to : to.substring(0, hash);
            String fragment = hash < 0 ? "" : to.substring(hash);
            boolean external = to.toLowerCase(Locale.ROOT).startsWith("http://")
                    || to.toLowerCase(Locale.ROOT).startsWith("https://");
            if (!external && !published.exists(site.config().defaultLanguage(), target)) {
                diagnostics.add(Diagnostic.warning("redirect-broken", "redirects: the target '" + to + "' of '" + from
                        + "' does not exist; no redirect is written for it", CONFIG));
                continue;
            }
            if (site.page(site.config().defaultLanguage(), from).isPresent()) {
                diagnostics.add(Diagnostic.warning("redirect-replaces-page", "redirects: '" + from
                        + "' is a page of the site; the redirect is written in its place, as mkdocs-redirects does",
                        CONFIG));
            }
            for (Language language : site.languages()) {
                String folder = site.config().folder(language.code());
                String url = external ? to : SiteLocations.relative(folder + oldFile,
                        folder + style.linkPath(target)) + fragment;
                pages.add(new RedirectPage(folder + oldFile, html(url)));
            }
        }
        return pages;
    }

    /**
     * A URL inside a double-quoted attribute: what could end the attribute or tag is escaped, and an ampersand only
     * where a browser would read a character reference ({@code &amp;}), so that an ordinary query
     * ({@code ?a=1&b=2}) is written as mkdocs-redirects writes it and still read as written.
     */
    private static String attribute(String url) {
        return CHARACTER_REFERENCE.matcher(url).replaceAll("&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    /** The page mkdocs-redirects writes, byte for byte for an ordinary URL; one with markup characters escaped. */
    static String html(String url) {
        String attribute = attribute(url);
        String script = url.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c");
        return "\n<!doctype html>\n<html lang=\"en\">\n<head>\n    <meta charset=\"utf-8\">\n"
                + "    <title>Redirecting...</title>\n"
                + "    <link rel=\"canonical\" href=\"" + attribute + "\">\n"
                + "    <script>var anchor=window.location.hash.substr(1);location.href=\"" + script
                + "\"+(anchor?\"#\"+anchor:\"\")</script>\n"
                + "    <meta http-equiv=\"refresh\" content=\"0; url=" + attribute + "\">\n"
                + "</head>\n<body>\nYou're being redirected to a <a href=\"" + attribute + "\">new destination</a>.\n"
                + "</body>\n</html>\n";
    }
}
