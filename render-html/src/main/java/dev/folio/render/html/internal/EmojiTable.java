package dev.folio.render.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Unicode emoji by shortcode name ({@code smile} → 😄). Emoji are written as characters, not as
 * images from a CDN as Material does, so that a page makes no request to another host.
 */
final class EmojiTable {
    private final Map<String, String> characters;

    private EmojiTable(Map<String, String> characters) {
        this.characters = characters;
    }

    static EmojiTable load() {
        Properties table = new Properties();
        try (InputStream in = EmojiTable.class.getResourceAsStream("/dev/folio/render/html/emoji.properties")) {
            if (in != null) {
                table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> characters = new java.util.HashMap<>();
        table.stringPropertyNames().forEach(name -> characters.put(name, table.getProperty(name)));
        return new EmojiTable(Map.copyOf(characters));
    }

    /** The emoji for a gemoji name, or an EmojiOne/Twemoji-style {@code flag_xx} (gemoji names flags by country code). */
    Optional<String> character(String name) {
        String character = characters.get(name);
        if (character == null && name.startsWith("flag_")) {
            character = characters.get(name.substring("flag_".length()));
        }
        return Optional.ofNullable(character);
    }
}
