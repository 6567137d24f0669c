package dev.folio.render.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Twemoji's emoji images, shipped with Folio for every backend (the set pymdownx.emoji's twemoji index names, built
 * into this jar from the npm package): a site shows and prints them without asking a CDN. Graphics by Twitter, Inc
 * and contributors, CC-BY 4.0 ({@link #NOTICE}).
 */
public final class Twemoji {
    /** The attribution a site that shows the images carries beside them. */
    public static final String NOTICE = """
            Emoji graphics: Twemoji (https://github.com/jdecked/twemoji), Copyright 2019 Twitter, Inc and other
            contributors, licensed under CC-BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
            """;

    private Twemoji() {
    }

    /**
     * The SVG of an emoji by its file code, as pymdownx's index gives it ({@code 1f604}, {@code 1f468-200d-1f469});
     * empty when Twemoji has no such image.
     */
    public static Optional<byte[]> svg(String code) {
        if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c == '-')) {
            return Optional.empty();
        }
        try (InputStream in = Twemoji.class.getResourceAsStream("twemoji/" + code + ".svg")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
