package dev.folio.render.html.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * pymdownx.pathconverter on the URLs of a page's links and images ({@code tags}: {@code a}, {@code img}): a relative
 * URL is taken from {@code base_path} and made relative to {@code relative_path}, or with {@code absolute} made an
 * absolute path under {@code base_path}, as pymdownx converts the URLs Python-Markdown wrote. {@code file_scheme} is not
 * honoured: a published page names no file of the build machine. Immutable.
 */
record PathConverter(String basePath, String relativePath, boolean absolute, List<String> tags) {
    static Optional<PathConverter> of(Map<String, Object> config) {
        if (!MarkdownExtensions.enabled(config, "pymdownx.pathconverter")) {
            return Optional.empty();
        }
        Map<?, ?> options = MarkdownExtensions.options(config, "pymdownx.pathconverter");
        String base = text(options.get("base_path"));
        String relative = text(options.get("relative_path"));
        boolean absolute = Boolean.TRUE.equals(options.get("absolute"));
        if (base.isEmpty() || !absolute && relative.isEmpty()) {
            return Optional.empty(); // pymdownx converts nothing then
        }
        Object tags = options.get("tags");
        return Optional.of(new PathConverter(base, relative, absolute,
                List.of((tags == null ? "img script a link" : String.valueOf(tags)).strip().split("\\s+"))));
    }

    /** {@code url} of a {@code tag} element, converted; an absolute URL or path stays as it is. */
    String convert(String url, String tag) {
        if (!tags.contains(tag) || url.isEmpty() || url.startsWith("/") || url.startsWith("#") || url.startsWith("data:")) {
            return url;
        }
        URI parsed;
        try {
            parsed = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return url;
        }
        if (parsed.getScheme() != null || parsed.getRawPath() == null || parsed.getRawPath().isEmpty()) {
            return url;
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String path = url.substring(0, end);
        String rest = url.substring(end);
        Path joined = Path.of(basePath).resolve(path).normalize();
        String converted = absolute ? "/" + joined.toString().replace('\\', '/').replaceFirst("^/+", "")
                : Path.of(relativePath).normalize().relativize(joined).toString().replace('\\', '/');
        if (path.endsWith("/") && !converted.endsWith("/")) {
            converted += "/";
        }
        return converted + rest;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
