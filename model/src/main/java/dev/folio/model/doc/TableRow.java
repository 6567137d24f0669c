package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.List;

/** A row of a {@link Table}. */
public record TableRow(List<TableCell> cells, Attributes attributes, SourcePosition position) implements Node {

    public TableRow {
        cells = List.copyOf(cells);
        Checks.notNull(attributes, position);
    }
}
