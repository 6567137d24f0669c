package dev.folio.model.doc;

import org.jspecify.annotations.Nullable;

/** A block-level node: it stands on its own lines in the source. */
public sealed interface Block extends Node
        permits Heading, Paragraph, BulletList, OrderedList, BlockQuote, CodeBlock, Diagram, Table,
                ThematicBreak, Admonition, HtmlContainer, HtmlInlineContainer, TabGroup, HtmlBlock,
                DefinitionList, MathBlock, ApiReference {

    <R extends @Nullable Object> R accept(BlockVisitor<R> visitor);
}
