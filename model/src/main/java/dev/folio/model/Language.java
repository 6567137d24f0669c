package dev.folio.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A language the site is published in.
 *
 * @param code the language tag as the site uses it in paths and {@code lang} ({@code en},
 *             {@code zh-Hant}, {@code pt-BR})
 * @param name the language's own name for itself ({@code Nederlands}, {@code עברית})
 */
public record Language(String code, String name, TextDirection direction) {

    /** Scripts written right to left, by primary language subtag. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of(
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-iq", "ps", "sd", "ug", "ur", "yi");

    public Language {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
    }

    /** A language with its own name and direction as the JDK and Unicode know them. */
    public static Language of(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String own = locale.getDisplayName(locale);
        String name = own.isEmpty() ? code : own.substring(0, 1).toUpperCase(locale) + own.substring(1);
        return new Language(code, name, directionOf(code));
    }

    public static TextDirection directionOf(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        String primary = lower.split("[-_]", 2)[0];
        return RIGHT_TO_LEFT.contains(lower) || RIGHT_TO_LEFT.contains(primary)
                ? TextDirection.RTL : TextDirection.LTR;
    }

    public boolean isRightToLeft() {
        return direction == TextDirection.RTL;
    }
}
