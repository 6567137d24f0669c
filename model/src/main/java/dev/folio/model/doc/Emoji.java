package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * An emoji shortcode the site's emoji index knows, as pymdownx.emoji hands it to a generator. {@code :+1:} in the
 * twemoji index: name {@code +1} (as written, maybe an alias), shortname {@code thumbsup} (the index's own),
 * unicode {@code 1f44d} (the image file's code; empty for an emoji with no Unicode, such as gemoji's
 * {@code :octocat:}), characters 👍 (what a reader's font shows; empty when there is none), description
 * {@code thumbs up} (the long title), category {@code people}.
 */
public record Emoji(String name, String shortname, String unicode, String characters, String description,
        String category, Attributes attributes, SourcePosition position) implements Inline {

    public Emoji {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortname, "shortname");
        Objects.requireNonNull(unicode, "unicode");
        Objects.requireNonNull(characters, "characters");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        Checks.notNull(attributes, position);
    }

    /** The shortcode as written, {@code :name:}. */
    public String shortcode() {
        return ":" + name + ":";
    }

    /** What text stands for the emoji: its characters, else the shortcode. */
    public String text() {
        return characters.isEmpty() ? shortcode() : characters;
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
