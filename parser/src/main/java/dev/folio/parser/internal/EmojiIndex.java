package dev.folio.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Emoji;

/**
 * pymdownx.emoji's index as the site configures it ({@code emoji_index}): which {@code :name:} shortcodes are emoji
 * and what they are, and whether icon shortcodes are read too (Material's {@code material.extensions.emoji.twemoji}
 * adds its icon sets and the site's {@code custom_icons} to Twemoji's emoji). The tables are pymdown-extensions' own
 * ({@code emoji/*.tsv}, see {@code parser/src/build/emoji_index.py}), each loaded once, on first use.
 */
record EmojiIndex(String name, boolean icons, boolean removeVariationSelector) {
    /** Without a configuration (the parser used alone): what Material's documentation configures. */
    static final EmojiIndex MATERIAL = new EmojiIndex("twemoji", true, false);
    private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

    /** The site's index; empty when {@code markdown_extensions} does not list pymdownx.emoji (shortcodes are text). */
    static Optional<EmojiIndex> of(MkDocsConfig config) {
        if (!config.hasExtension("pymdownx.emoji")) {
            return Optional.empty();
        }
        Map<String, Object> options = config.extension("pymdownx.emoji");
        // The index is a Python function (!!python/name:…), kept by the YAML reader as its text.
        String index = String.valueOf(options.getOrDefault("emoji_index", "pymdownx.emoji.emojione"));
        boolean removeSelector = Boolean.TRUE.equals(options.get("remove_variation_selector"));
        if (index.contains("gemoji")) {
            return Optional.of(new EmojiIndex("gemoji", false, removeSelector));
        }
        if (index.contains("twemoji")) {
            return Optional.of(new EmojiIndex("twemoji", index.contains("material."), removeSelector));
        }
        return Optional.of(new EmojiIndex("emojione", false, removeSelector));
    }

    /** The emoji {@code :name:} stands for, or empty when the index does not know it. */
    Optional<Emoji> emoji(String name, SourcePosition at) {
        Table table = TABLES.computeIfAbsent(this.name, Table::load);
        String shortname = table.aliases().getOrDefault(name, name);
        String[] entry = table.emoji().get(shortname);
        if (entry == null) {
            return Optional.empty();
        }
        String unicode = entry[0];
        String alternative = entry[1].isEmpty() ? unicode : entry[1];
        if (removeVariationSelector) {
            alternative = alternative.replace("-fe0f", "");
        }
        return Optional.of(new Emoji(name, shortname, unicode, characters(alternative), entry[3], entry[2],
                Attributes.EMPTY, at));
    }

    /** {@code 1f44d-1f3fb} → 👍🏻; an empty code has no characters. */
    private static String characters(String code) {
        StringBuilder text = new StringBuilder();
        if (!code.isEmpty()) {
            for (String point : code.split("-")) {
                text.appendCodePoint(Integer.parseInt(point, 16));
            }
        }
        return text.toString();
    }

    /** One index: shortname → {unicode, unicode_alt, category, description}; alias → shortname. */
    private record Table(Map<String, String[]> emoji, Map<String, String> aliases) {
        static Table load(String index) {
            Map<String, String[]> emoji = new HashMap<>();
            Map<String, String> aliases = new HashMap<>();
            try (InputStream in = EmojiIndex.class.getResourceAsStream("emoji/" + index + ".tsv")) {
                if (in == null) {
                    throw new IllegalStateException("emoji/" + index + ".tsv missing from folio-parser's jar");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("#") || line.isEmpty()) {
                        continue;
                    }
                    String[] fields = line.split("\t", -1);
                    if (fields.length == 2 && fields[1].startsWith("=")) {
                        aliases.put(fields[0], fields[1].substring(1));
                    } else if (fields.length == 5) {
                        emoji.put(fields[0], new String[] {fields[1], fields[2], fields[3], fields[4]});
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Table(Map.copyOf(emoji), Map.copyOf(aliases));
        }
    }
}
