package dev.folio.render.kit;

import java.util.Locale;
import java.util.Map;

/** The class and label pymdownx.keys gives a key name ({@code ctrl} → {@code key-control}, {@code Ctrl}). */
public final class KeyNames {
    public record Key(String className, String label) {
    }

    private static final Map<String, Key> ALIASES = Map.ofEntries(
            Map.entry("ctrl", new Key("control", "Ctrl")),
            Map.entry("control", new Key("control", "Ctrl")),
            Map.entry("alt", new Key("alt", "Alt")),
            Map.entry("shift", new Key("shift", "Shift")),
            Map.entry("cmd", new Key("command", "Cmd")),
            Map.entry("command", new Key("command", "Cmd")),
            Map.entry("option", new Key("option", "Option")),
            Map.entry("win", new Key("windows", "Win")),
            Map.entry("windows", new Key("windows", "Win")),
            Map.entry("meta", new Key("meta", "Meta")),
            Map.entry("del", new Key("delete", "Del")),
            Map.entry("delete", new Key("delete", "Del")),
            Map.entry("enter", new Key("enter", "Enter")),
            Map.entry("return", new Key("enter", "Enter")),
            Map.entry("esc", new Key("escape", "Esc")),
            Map.entry("escape", new Key("escape", "Esc")),
            Map.entry("tab", new Key("tab", "Tab")),
            Map.entry("space", new Key("space", "Space")),
            Map.entry("backspace", new Key("backspace", "Backspace")),
            Map.entry("up", new Key("arrow-up", "Up")),
            Map.entry("down", new Key("arrow-down", "Down")),
            Map.entry("left", new Key("arrow-left", "Left")),
            Map.entry("right", new Key("arrow-right", "Right")));

    private KeyNames() {
    }

    public static Key of(String written) {
        String name = written.strip();
        Key known = ALIASES.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        String label = name.length() == 1 ? name.toUpperCase(Locale.ROOT)
                : name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String className = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new Key(className.isEmpty() ? "custom" : className, label);
    }
}
