package dev.folio.parser.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import dev.folio.model.SiteConfig;
import dev.folio.model.source.PageTemplates;

/**
 * The template engine a site's plugins call for ({@code macros}: mkdocs-macros), when one is on the classpath
 * ({@link PageTemplates}, found with {@link ServiceLoader}: the Maven plugin brings Folio's Jinja one). None found, or
 * none configured, pages are read as written.
 */
final class PageTemplating {
    /** Looked for once: the classpath does not change while Folio runs. */
    private static final List<PageTemplates> AVAILABLE = ServiceLoader.load(PageTemplates.class,
            PageTemplating.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    private PageTemplating() {
    }

    /** Whether an engine on the classpath plays {@code plugin}. */
    static boolean available(String plugin) {
        return AVAILABLE.stream().anyMatch(engine -> engine.plugin().equals(plugin));
    }

    static Optional<PageTemplates.Engine> forSite(MkDocsConfig config, Path projectRoot, Path docsFolder) {
        Map<String, Object> plugins = SiteConfig.plugins(config.raw().get("plugins"));
        for (PageTemplates templates : AVAILABLE) {
            if (plugins.containsKey(templates.plugin())) {
                try {
                    return Optional.of(templates.engine(config.raw(),
                            MkDocsConfig.asMap(plugins.get(templates.plugin())), projectRoot, docsFolder));
                } catch (RuntimeException | LinkageError broken) {
                    return Optional.empty(); // an engine that cannot start: pages are read as written
                }
            }
        }
        return Optional.empty();
    }
}
