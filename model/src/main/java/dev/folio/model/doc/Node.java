package dev.folio.model.doc;

import dev.folio.model.SourcePosition;

/**
 * Any node of a document. Every node carries generic {@link Attributes} and the
 * {@link SourcePosition} it was read from.
 *
 * <p>The set is closed: {@link Block}s and {@link Inline}s are dispatched through
 * {@link BlockVisitor} and {@link InlineVisitor}, which have one method per type and no
 * defaults, so adding a node type breaks the build of every backend until it handles it. The
 * remaining types are parts that only occur inside one container (a list's items, a table's
 * cells, a tab group's tabs, …) and are reached through it.
 */
public sealed interface Node
        permits Block, Inline, ListItem, TableRow, TableCell, Tab, DefinitionItem, FootnoteDefinition {

    Attributes attributes();

    SourcePosition position();
}
