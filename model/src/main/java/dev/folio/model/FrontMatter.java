package dev.folio.model;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A page's YAML front matter: the keys Folio itself reads, typed, and every key as written in
 * {@link #raw()} (in source order, values as YAML's plain types: String, Boolean, Integer, Long,
 * Double, List, Map), so templates and tools can read {@code hide}, {@code tags}, {@code schema}, …
 */
public record FrontMatter(Optional<String> title, Optional<String> description, Optional<String> icon,
        Map<String, @Nullable Object> raw) {

    public static final FrontMatter EMPTY = new FrontMatter(Optional.empty(), Optional.empty(), Optional.empty(),
            Map.of());

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(icon, "icon");
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /** Reads the typed keys out of a raw map. */
    public static FrontMatter of(Map<String, @Nullable Object> raw) {
        return new FrontMatter(string(raw, "title"), string(raw, "description"), string(raw, "icon"), raw);
    }

    /** {@code meta_title}, the title for {@code <title>} and search engines, falling back to {@code title}. */
    public Optional<String> metaTitle() {
        return string(raw, "meta_title").or(this::title);
    }

    public Optional<Object> get(String key) {
        return Optional.ofNullable(raw.get(key));
    }

    /** A list-valued key such as {@code hide: [toc, navigation]}; empty when absent or not a list. */
    public List<String> list(String key) {
        Object value = raw.get(key);
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static Optional<String> string(Map<String, Object> raw, String key) {
        Object value = raw.get(key);
        return value == null || value instanceof Map || value instanceof List
                ? Optional.empty() : Optional.of(String.valueOf(value));
    }
}
