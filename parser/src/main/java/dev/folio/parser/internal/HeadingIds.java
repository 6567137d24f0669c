package dev.folio.parser.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
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
    private static final Pattern COUNTED = Pattern.compile("^(.*)_([0-9]+)$", Pattern.DOTALL);

    private final Set<String> used = new HashSet<>();
    private final TocOptions slugs;

    /**
     * toc's options that shape headings, as the site sets them: {@code slugify} (a function Folio knows by name, never
     * run), {@code separator}, and {@code baselevel}, the level a {@code #} heading takes (deeper ones follow, none
     * deeper than 6).
     */
    record TocOptions(java.util.Optional<Slugify> slugify, String separator, int baseLevel) {
        static final TocOptions DEFAULT = new TocOptions(java.util.Optional.empty(), "-", 1);

        static TocOptions of(MkDocsConfig config) {
            Map<String, Object> toc = config.extension("toc");
            Object separator = toc.get("separator");
            int base = 1;
            try {
                base = toc.get("baselevel") == null ? 1 : Integer.parseInt(String.valueOf(toc.get("baselevel")).strip());
            } catch (NumberFormatException e) {
                // Not a number: Python-Markdown would stop; the headings keep their levels.
            }
            return new TocOptions(Slugify.of(toc.get("slugify")), separator instanceof String text ? text : "-",
                    Math.max(1, Math.min(6, base)));
        }

        /** The level a heading written at {@code level} has. */
        int level(int level) {
            return Math.min(6, level + baseLevel - 1);
        }
    }

    HeadingIds() {
        this(TocOptions.DEFAULT);
    }

    HeadingIds(TocOptions slugs) {
        this.slugs = slugs;
    }

    /**
     * Python's {@code re.sub(r'[^\w\s-]', '', ascii).strip().lower()} then {@code re.sub(r'[-\s]+', '-', …)}
     * on the NFKD form with non-ASCII dropped, written as one loop over the characters: three regex
     * replacements per heading were a visible part of the parse.
     */
    static String slug(String text) {
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        int first = 0;
        int last = decomposed.length() - 1;
        while (first <= last && !keptNonSpace(decomposed.charAt(first))) {
            first++; // leading whitespace and dropped characters: strip()
        }
        while (last >= first && !keptNonSpace(decomposed.charAt(last))) {
            last--;
        }
        StringBuilder slug = new StringBuilder(last - first + 1);
        boolean inSeparator = false;
        for (int i = first; i <= last; i++) {
            char c = decomposed.charAt(i);
            if (c == '-' || isSpace(c)) {
                if (!inSeparator) {
                    slug.append('-');
                    inSeparator = true;
                }
            } else if (isWordChar(c)) {
                slug.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                inSeparator = false;
            }
        }
        return slug.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** A character that survives the filter and is not whitespace: a word character or a hyphen. */
    private static boolean keptNonSpace(char c) {
        return c == '-' || isWordChar(c);
    }

    /** Regex {@code \w} without the Unicode flag: ASCII letters, digits and {@code _}. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Regex {@code \s} without the Unicode flag. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Reserves an id written explicitly ({@code { #id }}), so generated ones avoid it. */
    void reserve(String id) {
        used.add(id);
    }

    /** The unique id for a heading with this text. */
    String idFor(String text) {
        if (slugs.slugify().isPresent()) {
            return unique(slugs.slugify().get().slug(text, slugs.separator()));
        }
        String slug = slug(text);
        return unique(slugs.separator().equals("-") ? slug : slug.replace("-", slugs.separator()));
    }

    /** {@code candidate}, or {@code candidate_1}, {@code _2}, … when it is taken, as toc's {@code unique} makes it. */
    String unique(String candidate) {
        String id = candidate;
        while (id.isEmpty() || used.contains(id)) {
            Matcher counted = COUNTED.matcher(id);
            // A counter too long for an int ("x_99999999999") is counted on from a new one.
            id = counted.matches() && counted.group(2).length() < 10
                    ? counted.group(1) + "_" + (Long.parseLong(counted.group(2)) + 1) : id + "_1";
        }
        used.add(id);
        return id;
    }
}
