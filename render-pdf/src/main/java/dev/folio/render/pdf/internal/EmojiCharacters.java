package dev.folio.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Emoji by shortcode name ({@code smile} → 😄), printed in the shipped Noto Emoji font. The table
 * ({@code emoji.properties}, gemoji) is the one folio-render-html writes its pages with, so a page and
 * its guide show the same emoji.
 */
final class EmojiCharacters {
    private static final Map<String, String> TABLE = load();

    private EmojiCharacters() {
    }

    /** The emoji for a gemoji name, or for an EmojiOne/Twemoji-style {@code flag_xx}. */
    static Optional<String> of(String name) {
        String character = TABLE.get(name);
        if (character == null && name.startsWith("flag_")) {
            character = TABLE.get(name.substring("flag_".length()));
        }
        return Optional.ofNullable(character);
    }

    private static Map<String, String> load() {
        Properties table = new Properties();
        try (InputStream in = EmojiCharacters.class.getResourceAsStream("/dev/folio/render/pdf/emoji.properties")) {
            if (in == null) {
                throw new IllegalStateException("emoji.properties missing from the jar");
            }
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> characters = new HashMap<>();
        table.stringPropertyNames().forEach(name -> characters.put(name, table.getProperty(name)));
        return Map.copyOf(characters);
    }
}
