package dev.folio.render.kit;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Material's {@code theme.palette}: the primary colour (header, tabs, links) and the accent colour
 * (hover, focus, the selected tab) by Material's colour names, per scheme ({@code default} light,
 * {@code slate} dark). The palette is a map or, with a scheme toggle, a list of maps. Unknown names
 * keep the theme's colours.
 */
public final class Palette {
    private static final Map<String, String> PRIMARY = Map.ofEntries(
            Map.entry("red", "#ef5350"), Map.entry("pink", "#e92063"), Map.entry("purple", "#ab47bd"),
            Map.entry("deep-purple", "#7e56c2"), Map.entry("indigo", "#4051b5"), Map.entry("blue", "#2094f3"),
            Map.entry("light-blue", "#02a6f2"), Map.entry("cyan", "#00bdd6"), Map.entry("teal", "#009485"),
            Map.entry("green", "#4cae4f"), Map.entry("light-green", "#8bc34b"), Map.entry("lime", "#cbdc38"),
            Map.entry("yellow", "#ffec3d"), Map.entry("amber", "#ffc105"), Map.entry("orange", "#ffa724"),
            Map.entry("deep-orange", "#ff6e42"), Map.entry("brown", "#795649"), Map.entry("grey", "#757575"),
            Map.entry("blue-grey", "#546d78"), Map.entry("black", "#000000"), Map.entry("white", "#ffffff"));
    private static final Map<String, String> ACCENT = Map.ofEntries(
            Map.entry("red", "#ff1a47"), Map.entry("pink", "#f50056"), Map.entry("purple", "#df41fb"),
            Map.entry("deep-purple", "#7c4dff"), Map.entry("indigo", "#526cfe"), Map.entry("blue", "#4287ff"),
            Map.entry("light-blue", "#0091eb"), Map.entry("cyan", "#00bad6"), Map.entry("teal", "#00bda4"),
            Map.entry("green", "#00c753"), Map.entry("light-green", "#63de17"), Map.entry("lime", "#b0eb00"),
            Map.entry("yellow", "#ffd500"), Map.entry("amber", "#ffaa00"), Map.entry("orange", "#ff9100"),
            Map.entry("deep-orange", "#ff6e42"));
    /** Primary colours light enough that the header's text must be dark. */
    private static final List<String> LIGHT_PRIMARIES = List.of("lime", "yellow", "amber", "orange", "white");

    private Palette() {
    }

    /**
     * The light scheme's primary colour and the text colour on it, as {@code #rrggbb}: the configured ones,
     * else Material's indigo and white.
     */
    public static List<String> primaryAndText(Map<String, ? extends @Nullable Object> config) {
        Object palette = config.get("theme") instanceof Map<?, ?> theme ? theme.get("palette") : null;
        Object entry = palette instanceof List<?> list ? list.stream().filter(Map.class::isInstance)
                .filter(e -> ((Map<?, ?>) e).get("scheme") == null || "default".equals(String.valueOf(((Map<?, ?>) e).get("scheme"))))
                .findFirst().orElse(null) : palette;
        String primary = entry instanceof Map<?, ?> map ? name(map.get("primary")) : "";
        String color = PRIMARY.getOrDefault(primary, "#4051b5");
        return List.of(color, LIGHT_PRIMARIES.contains(primary) ? "#212121" : "#ffffff");
    }

    /** CSS custom properties for the configured colours; empty when the site configures none. */
    public static String css(Map<String, ? extends @Nullable Object> config) {
        Object palette = config.get("theme") instanceof Map<?, ?> theme ? theme.get("palette") : null;
        List<Map<?, ?>> entries = new ArrayList<>();
        if (palette instanceof Map<?, ?> single) {
            entries.add(single);
        } else if (palette instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(entry -> entries.add((Map<?, ?>) entry));
        }
        StringBuilder css = new StringBuilder();
        for (String scheme : List.of("default", "slate")) {
            for (Map<?, ?> entry : entries) {
                String entryScheme = entry.get("scheme") == null ? "default" : String.valueOf(entry.get("scheme"));
                if (entryScheme.equals(scheme)) {
                    css.append(rules(scheme, name(entry.get("primary")), name(entry.get("accent"))));
                    break;
                }
            }
        }
        return css.toString();
    }

    /**
     * The default scheme's colours apply to both schemes, as a single Material palette does (links
     * excepted: a dark scheme keeps its light link colour); a slate entry then overrides them.
     */
    private static String rules(String scheme, String primary, String accent) {
        StringBuilder declarations = new StringBuilder();
        StringBuilder links = new StringBuilder();
        String primaryColor = PRIMARY.get(primary);
        if (primaryColor != null) {
            declarations.append("--md-primary-fg-color:").append(primaryColor).append(';');
            declarations.append("--md-primary-bg-color:")
                    .append(LIGHT_PRIMARIES.contains(primary) ? "rgba(0,0,0,.87)" : "#fff").append(';');
            links.append("--md-typeset-a-color:").append(primaryColor).append(';');
        }
        String accentColor = ACCENT.get(accent);
        if (accentColor != null) {
            declarations.append("--md-accent-fg-color:").append(accentColor).append(';');
        }
        StringBuilder css = new StringBuilder();
        if (scheme.equals("slate")) {
            if (declarations.length() > 0) {
                css.append(":root[data-md-color-scheme=\"slate\"]{").append(declarations).append("}\n");
            }
            return css.toString();
        }
        if (declarations.length() > 0) {
            css.append(":root{").append(declarations).append("}\n");
        }
        if (links.length() > 0) {
            css.append(":root:not([data-md-color-scheme=\"slate\"]){").append(links).append("}\n");
        }
        return css.toString();
    }

    /** {@code deep purple}, {@code Deep Purple} and {@code deep-purple} are the same colour. */
    private static String name(Object value) {
        return value == null ? "" : String.valueOf(value).strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
