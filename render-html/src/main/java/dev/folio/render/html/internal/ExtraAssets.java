package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.Site;
import dev.folio.model.SourcePosition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's own stylesheets and scripts, {@code extra_css} and {@code extra_javascript}: each a path
 * in the docs folder ({@code assets/extra.css?v=2}, the query kept) or, for scripts, a map
 * {@code {path: …, defer: true, async: true, type: module}}. A URL on another host is not loaded (a
 * page makes no request elsewhere) and is a warning.
 */
final class ExtraAssets {
    private static final SourcePosition CONFIG = SourcePosition.of("mkdocs.yml", 0, 0);

    /** One file, relative to the output folder ({@code en/assets/extra.css?v=2}), with its loading options. */
    record ExtraFile(String sitePath, boolean defer, boolean async, boolean module) {
    }

    private ExtraAssets() {
    }

    /** Per language: the files the list {@code key} names, the language's own copy first, else the default language's. */
    static Map<String, List<ExtraFile>> of(Site site, AssetCatalog assets, String key, List<Diagnostic> diagnostics) {
        List<ExtraFile> written = new ArrayList<>();
        if (site.config().raw().get(key) instanceof List<?> list) {
            for (Object entry : list) {
                Map<?, ?> options = entry instanceof Map<?, ?> map ? map : Map.of();
                Object path = entry instanceof Map<?, ?> ? options.get("path") : entry;
                if (path != null) {
                    String file = String.valueOf(path).strip();
                    // MkDocs loads a .mjs file as a module without being told.
                    boolean module = "module".equals(String.valueOf(options.get("type")))
                            || file.replaceFirst("[?#].*$", "").endsWith(".mjs");
                    written.add(new ExtraFile(file, isTrue(options.get("defer")), isTrue(options.get("async")), module));
                }
            }
        }
        String defaultLanguage = site.config().defaultLanguage();
        Map<String, List<ExtraFile>> byLanguage = new LinkedHashMap<>();
        for (Language language : site.languages()) {
            boolean reports = language.code().equals(defaultLanguage);
            List<ExtraFile> files = new ArrayList<>();
            for (ExtraFile entry : written) {
                String lower = entry.sitePath().toLowerCase(Locale.ROOT);
                if (lower.startsWith("//") || lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    if (reports) {
                        diagnostics.add(Diagnostic.warning("external-asset", key + " names '" + entry.sitePath()
                                + "' on another host; it is not loaded, so that readers make no request elsewhere",
                                CONFIG));
                    }
                    continue;
                }
                int query = entry.sitePath().indexOf('?');
                String path = query < 0 ? entry.sitePath() : entry.sitePath().substring(0, query);
                String suffix = query < 0 ? "" : entry.sitePath().substring(query);
                if (!SiteLocations.isContained(path)) {
                    if (reports) {
                        diagnostics.add(Diagnostic.warning("path-outside-project", key + " names '"
                                + entry.sitePath() + "', which leaves the docs folder; it is not loaded", CONFIG));
                    }
                    continue;
                }
                String owner = assets.contains(language.code(), path) ? language.code()
                        : assets.contains(defaultLanguage, path) ? defaultLanguage : null;
                if (owner != null) {
                    files.add(new ExtraFile(site.config().folder(owner) + path + suffix, entry.defer(), entry.async(), entry.module()));
                } else if (reports) {
                    diagnostics.add(Diagnostic.warning("broken-link",
                            key + " names '" + entry.sitePath() + "', which is not in the docs folder", CONFIG));
                }
            }
            byLanguage.put(language.code(), List.copyOf(files));
        }
        return byLanguage;
    }

    /** Template data for a page at {@code location}: {@code href}, {@code defer}, {@code async}, {@code module}. */
    static List<Map<String, Object>> model(List<ExtraFile> files, String location) {
        return files.stream().<Map<String, Object>>map(file -> Map.of(
                "href", SiteLocations.relative(location, file.sitePath()),
                "defer", file.defer(), "async", file.async(), "module", file.module())).toList();
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean flag ? flag : "true".equalsIgnoreCase(String.valueOf(value));
    }
}
