package dev.folio.model.doc;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The gemoji table ({@code emoji.properties}: shortcode name → Unicode characters), loaded once on first use.
 * One table for every backend, so a page and its printed guide show the same emoji.
 */
final class EmojiCharacters {
    static final Map<String, String> TABLE = load();

    private EmojiCharacters() {
    }

    private static Map<String, String> load() {
        Properties table = new Properties();
        try (InputStream in = EmojiCharacters.class.getResourceAsStream("emoji.properties")) {
            if (in == null) {
                throw new IllegalStateException("emoji.properties missing from folio-model's jar");
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
