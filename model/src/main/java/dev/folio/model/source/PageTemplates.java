package dev.folio.model.source;

import dev.folio.model.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A template language run over a page's Markdown before it is parsed, as mkdocs-macros runs Jinja2 over every page.
 * Implementations are found with {@link java.util.ServiceLoader}; the parser uses one where the site's
 * {@code plugins} name its {@link #plugin()}, and without one on the classpath the page is read as written.
 */
public interface PageTemplates {

    /** The plugin of {@code mkdocs.yml} this engine stands for ({@code macros}). */
    String plugin();

    /**
     * The engine for one site.
     *
     * @param config        the whole configuration as read ({@code config.site_name}, {@code extra}, …)
     * @param pluginOptions the plugin's own entry under {@code plugins}
     * @param projectRoot   the folder nothing outside of which may be read
     * @param docsFolder    the language's docs folder
     */
    Engine engine(Map<String, Object> config, Map<String, Object> pluginOptions, Path projectRoot, Path docsFolder);

    /** Renders pages; thread-safe, as pages are read in parallel. */
    interface Engine {
        /**
         * @param meta       the page's front matter
         * @param sourcePath the page's path in its docs folder ({@code guide/x.md})
         * @param file       the page as diagnostics name it
         */
        Rendered render(String markdown, Map<String, Object> meta, String sourcePath, String file);
    }

    /** The Markdown the template gave, and what went wrong on the way (the page is never lost). */
    record Rendered(String markdown, List<Diagnostic> diagnostics) {
        public Rendered {
            Objects.requireNonNull(markdown, "markdown");
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
