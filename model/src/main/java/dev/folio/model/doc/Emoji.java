package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.Optional;

/**
 * An emoji shortcode, {@code :smile:} → name {@code smile}. The parser records every shortcode; a name that
 * {@link #characters()} does not know is the backend's to report.
 */
public record Emoji(String name, Attributes attributes, SourcePosition position) implements Inline {

    public Emoji {
        Objects.requireNonNull(name, "name");
        Checks.notNull(attributes, position);
    }

    public String shortcode() {
        return ":" + name + ":";
    }

    /**
     * The Unicode emoji for the name, as pymdownx.emoji's gemoji index gives it ({@code smile} → 😄), also
     * for an EmojiOne/Twemoji-style {@code flag_xx} (gemoji names flags by country code); empty when unknown.
     */
    public Optional<String> characters() {
        String characters = EmojiCharacters.TABLE.get(name);
        if (characters == null && name.startsWith("flag_")) {
            characters = EmojiCharacters.TABLE.get(name.substring("flag_".length()));
        }
        return Optional.ofNullable(characters);
    }

    @Override
    public <R extends @Nullable Object> R accept(InlineVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
