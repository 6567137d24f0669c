package dev.folio.maven.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads {@code project.build.outputTimestamp} the way Maven's own archivers do: seconds since the
 * epoch, or an ISO-8601 date and time with an offset ({@code 2026-11-23T00:00:00Z}). A value shorter
 * than two characters means "not set", as in MavenArchiver.
 */
public final class BuildTime {

    /** The time given to a render whose output no one reads (check validates and writes nothing). */
    public static final Instant UNSET = Instant.EPOCH;

    private BuildTime() {
    }

    /**
     * @return the instant, or empty when the value is missing
     * @throws IllegalArgumentException when the value is neither form
     */
    public static Optional<Instant> parse(String outputTimestamp) {
        if (outputTimestamp == null || outputTimestamp.strip().length() < 2) {
            return Optional.empty();
        }
        String value = outputTimestamp.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
            } catch (NumberFormatException tooLong) {
                throw invalid(value);
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException notIso) {
            throw invalid(value);
        }
    }

    private static IllegalArgumentException invalid(String value) {
        return new IllegalArgumentException("'" + value + "' is neither seconds since 1970-01-01T00:00:00Z nor an"
                + " ISO-8601 date and time with an offset, such as 2026-11-23T00:00:00Z");
    }
}
