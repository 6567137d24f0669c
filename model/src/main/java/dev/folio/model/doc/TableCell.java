package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

import java.util.List;
import java.util.Objects;

/** A cell of a {@link TableRow}; {@code header} for cells of the header rows. */
public record TableCell(boolean header, Table.Alignment alignment, List<Inline> content, Attributes attributes,
        SourcePosition position) implements Node {

    public TableCell {
        Objects.requireNonNull(alignment, "alignment");
        content = List.copyOf(content);
        Checks.notNull(attributes, position);
    }
}
