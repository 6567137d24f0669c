package dev.folio.maven.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuildTimeTest {

    @Test
    void readsIsoDateTimeWithOffsetAsMavenArchiverDoes() {
        assertThat(BuildTime.parse("2026-11-23T00:00:00Z")).contains(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(BuildTime.parse("2026-11-23T02:00:00+02:00")).contains(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void readsSecondsSinceTheEpoch() {
        assertThat(BuildTime.parse("1700000000")).contains(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void treatsMissingOrOneCharacterValuesAsNotSet() {
        assertThat(BuildTime.parse(null)).isEmpty();
        assertThat(BuildTime.parse("")).isEmpty();
        assertThat(BuildTime.parse("0")).isEmpty();
    }

    @Test
    void rejectsAnythingElseSayingWhatItAccepts() {
        assertThatThrownBy(() -> BuildTime.parse("yesterday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yesterday'")
                .hasMessageContaining("ISO-8601");
    }
}
