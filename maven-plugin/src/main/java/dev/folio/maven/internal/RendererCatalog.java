package dev.folio.maven.internal;

import dev.folio.model.render.Renderer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The output formats available to a build: every {@link Renderer} that {@link ServiceLoader} finds
 * on a class loader (for the plugin, its own one, which holds the backends and any jar a user adds to
 * the plugin's {@code <dependencies>}), by format name.
 */
public final class RendererCatalog {

    private final Map<String, Renderer> byFormat;

    RendererCatalog(Collection<Renderer> renderers) {
        Map<String, Renderer> sorted = new TreeMap<>();
        for (Renderer renderer : renderers) {
            Renderer clash = sorted.putIfAbsent(renderer.format(), renderer);
            if (clash != null) {
                throw new IllegalStateException("two renderers claim the format '" + renderer.format() + "': "
                        + clash.getClass().getName() + " and " + renderer.getClass().getName()
                        + "; remove one of them from the plugin's dependencies");
            }
        }
        this.byFormat = sorted;
    }

    /**
     * @throws IllegalStateException when a listed renderer cannot be loaded, or two claim one format
     */
    public static RendererCatalog load(ClassLoader classLoader) {
        List<Renderer> found = new ArrayList<>();
        try {
            ServiceLoader.load(Renderer.class, classLoader).forEach(found::add);
        } catch (ServiceConfigurationError broken) {
            throw new IllegalStateException("a renderer on the plugin's classpath cannot be loaded: "
                    + broken.getMessage(), broken);
        }
        return new RendererCatalog(found);
    }

    /** Format names in alphabetical order. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    public boolean has(String format) {
        return byFormat.containsKey(format);
    }

    /**
     * The renderers of the given formats, in the order given, or every renderer when the list is empty.
     *
     * @param parameter the name of the setting the formats come from, for the message
     * @throws IllegalArgumentException naming the unknown formats and the available ones
     */
    public List<Renderer> select(List<String> formats, String parameter) {
        if (formats.isEmpty()) {
            return List.copyOf(byFormat.values());
        }
        List<String> unknown = formats.stream().filter(f -> !byFormat.containsKey(f)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(parameter + ": unknown format" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + "; available: " + describeAvailable());
        }
        return formats.stream().distinct().map(byFormat::get).toList();
    }

    String describeAvailable() {
        return byFormat.isEmpty() ? "none (no renderer on the plugin's classpath)" : String.join(", ", byFormat.keySet());
    }
}
