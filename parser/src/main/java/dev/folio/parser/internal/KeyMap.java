package dev.folio.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.folio.model.doc.Keys;

/**
 * pymdownx.keys' key names: its key map ({@code keys.tsv}, see {@code parser/src/build/key_map.py}) with the site's
 * {@code key_map} added, its aliases ({@code ctrl} is {@code control}), {@code camel_case} ({@code PgDn} is
 * {@code pg-dn}), and quoted keys ({@code "My Key"}), which need no name. Immutable.
 */
record KeyMap(Map<String, String> labels, boolean camelCase) {
    private static final Map<String, String> ALIASES = new HashMap<>();
    private static final Map<String, String> BUILT_IN = load();
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");
    static final KeyMap DEFAULT = new KeyMap(BUILT_IN, false);

    static KeyMap of(MkDocsConfig config) {
        Map<String, Object> options = config.extension("pymdownx.keys");
        Map<String, String> labels = new HashMap<>(BUILT_IN);
        MkDocsConfig.asMap(options.get("key_map")).forEach((name, label) -> labels.put(name, String.valueOf(label)));
        return new KeyMap(Map.copyOf(labels), Boolean.TRUE.equals(options.get("camel_case")));
    }

    /** The keys of a combination as written; empty when one of them is not a key. */
    Optional<List<Keys.Key>> keys(List<String> written) {
        List<Keys.Key> keys = new ArrayList<>();
        for (String key : written) {
            if (key.startsWith("\"") || key.startsWith("'")) {
                String inside = ESCAPE.matcher(key.substring(1, key.length() - 1)).replaceAll("$1");
                keys.add(new Keys.Key("", unescapeEntities(inside).strip()));
                continue;
            }
            String normal = camelCase ? decamel(key) : key;
            String name = ALIASES.getOrDefault(normal, normal);
            String label = labels.get(name);
            if (label == null) {
                return Optional.empty();
            }
            keys.add(new Keys.Key(name, label));
        }
        return Optional.of(keys);
    }

    /** Reads character references only: every other punctuation mark is escaped first. */
    private static final org.commonmark.parser.Parser REFERENCES = org.commonmark.parser.Parser.builder()
            .enabledBlockTypes(java.util.Set.of()).build();

    /** Character references in a quoted key ({@code "&Uuml;"}), decoded as Python's html.unescape decodes them. */
    private static String unescapeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder markdown = new StringBuilder();
        text.chars().forEach(c -> {
            if (c < 128 && !Character.isLetterOrDigit(c) && c != '&' && c != '#' && c != ';' && c > ' ') {
                markdown.append('\\');
            }
            markdown.append((char) c);
        });
        StringBuilder decoded = new StringBuilder();
        REFERENCES.parse(markdown.toString()).accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text node) {
                decoded.append(node.getLiteral());
            }
        });
        return decoded.toString();
    }

    /** {@code PgDn} → {@code pg-dn}, as pymdownx normalizes under {@code camel_case}. */
    private static String decamel(String key) {
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                if (last != 0 && last != '-') {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }

    private static Map<String, String> load() {
        Map<String, String> labels = new HashMap<>();
        try (InputStream in = KeyMap.class.getResourceAsStream("keys.tsv")) {
            if (in == null) {
                throw new IllegalStateException("keys.tsv missing from folio-parser's jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean aliases = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t", 2);
                aliases |= line.equals("# aliases");
                if (line.startsWith("#") || fields.length < 2) {
                    continue;
                }
                (aliases ? ALIASES : labels).put(fields[0], fields[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(labels);
    }
}
