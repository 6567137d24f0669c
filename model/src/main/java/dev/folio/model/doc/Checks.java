package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.Objects;

/** The two checks every node's constructor makes. */
final class Checks {
    private Checks() {
    }

    static void notNull(Attributes attributes, SourcePosition position) {
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(position, "position");
    }
}
