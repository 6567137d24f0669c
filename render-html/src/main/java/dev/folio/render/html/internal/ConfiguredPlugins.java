package dev.folio.render.html.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code plugins} of {@code mkdocs.yml}, written as a list (of names or one-entry maps) or as a map. */
final class ConfiguredPlugins {
    private ConfiguredPlugins() {
    }

    /** Each plugin's settings by name, in written order; a plugin named without settings has an empty map. */
    static Map<String, Object> byName(Object plugins) {
        Map<String, Object> byName = new LinkedHashMap<>();
        if (plugins instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof String name) {
                    byName.put(name, Map.of());
                } else if (entry instanceof Map<?, ?> map) {
                    map.forEach((name, settings) -> byName.put(String.valueOf(name), settings == null ? Map.of() : settings));
                }
            }
        } else if (plugins instanceof Map<?, ?> map) {
            map.forEach((name, settings) -> byName.put(String.valueOf(name), settings == null ? Map.of() : settings));
        }
        return byName;
    }
}
