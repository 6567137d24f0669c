package dev.folio.render.kit;

import java.util.Locale;
import java.util.Map;

/** The colour Material gives each admonition type, aliases included; unknown types look like notes. */
public final class AdmonitionStyle {
    private static final String NOTE = "#448aff";
    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("note", NOTE), Map.entry("abstract", "#00b0ff"), Map.entry("summary", "#00b0ff"),
            Map.entry("tldr", "#00b0ff"), Map.entry("info", "#00b8d4"), Map.entry("todo", "#00b8d4"),
            Map.entry("tip", "#00bfa5"), Map.entry("hint", "#00bfa5"), Map.entry("important", "#00bfa5"),
            Map.entry("success", "#00c853"), Map.entry("check", "#00c853"), Map.entry("done", "#00c853"),
            Map.entry("question", "#64dd17"), Map.entry("help", "#64dd17"), Map.entry("faq", "#64dd17"),
            Map.entry("warning", "#ff9100"), Map.entry("caution", "#ff9100"), Map.entry("attention", "#ff9100"),
            Map.entry("failure", "#ff5252"), Map.entry("fail", "#ff5252"), Map.entry("missing", "#ff5252"),
            Map.entry("danger", "#ff1744"), Map.entry("error", "#ff1744"), Map.entry("bug", "#f50057"),
            Map.entry("example", "#7c4dff"), Map.entry("quote", "#9e9e9e"), Map.entry("cite", "#9e9e9e"),
            // Privacy Guides' own types, as its extra.css colours them
            Map.entry("recommendation", "#ffd06f"), Map.entry("downloads", "#5c6bc0"));

    private AdmonitionStyle() {
    }

    public static String colour(String type) {
        return COLOURS.getOrDefault(type.toLowerCase(Locale.ROOT), NOTE);
    }

    public static boolean isKnown(String type) {
        return COLOURS.containsKey(type.toLowerCase(Locale.ROOT));
    }

    /**
     * A 15 % tint of the colour for the title bar. Material draws 10 % on screen; on paper that is
     * close to white, and the title bar is what tells one type from another.
     */
    public static String tint(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        int r = mix(rgb >> 16 & 0xff), g = mix(rgb >> 8 & 0xff), b = mix(rgb & 0xff);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static int mix(int channel) {
        return 255 - (255 - channel) * 15 / 100;
    }
}
