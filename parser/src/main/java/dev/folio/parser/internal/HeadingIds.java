package dev.folio.parser.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading ids as MkDocs' toc extension gives them with its default slugify:
 * NFKD, drop non-ASCII, drop everything but word characters, spaces and hyphens, strip, lower-case,
 * runs of spaces and hyphens → {@code -}. Ids are unique per page: a taken id {@code x} becomes
 * {@code x_1}, {@code x_2}, …, and an empty slug joins that counter ({@code _1}, {@code _2}, …), which
 * is what Cyrillic, Hebrew and Chinese headings get. One instance per page; not thread-safe.
 */
final class HeadingIds {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\w\\s-]");
    private static final Pattern SEPARATORS = Pattern.compile("[-\\s]+");
    private static final Pattern COUNTED = Pattern.compile("^(.*)_([0-9]+)$", Pattern.DOTALL);

    private final Set<String> used = new HashSet<>();

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        String kept = NOT_WORD.matcher(ascii).replaceAll("").strip().toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(kept).replaceAll("-");
    }

    /** Reserves an id written explicitly ({@code { #id }}), so generated ones avoid it. */
    void reserve(String id) {
        used.add(id);
    }

    /** The unique id for a heading with this text. */
    String idFor(String text) {
        return unique(slug(text));
    }

    private String unique(String candidate) {
        String id = candidate;
        while (id.isEmpty() || used.contains(id)) {
            Matcher counted = COUNTED.matcher(id);
            id = counted.matches() ? counted.group(1) + "_" + (Integer.parseInt(counted.group(2)) + 1) : id + "_1";
        }
        used.add(id);
        return id;
    }
}
