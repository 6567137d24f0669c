package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/** A GFM table: one alignment per column, header rows and body rows. */
public record Table(List<Alignment> alignments, List<TableRow> header, List<TableRow> body, Attributes attributes,
        SourcePosition position) implements Block {

    public enum Alignment { NONE, LEFT, CENTER, RIGHT }

    public Table {
        alignments = List.copyOf(alignments);
        header = List.copyOf(header);
        body = List.copyOf(body);
        Checks.notNull(attributes, position);
    }

    @Override
    public <R extends @Nullable Object> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
