package dev.folio.model.doc;

import org.jspecify.annotations.Nullable;

/**
 * One method per {@link Block} type, deliberately without defaults: a backend that implements
 * it handles every block, and a new block type is a compile error until it does.
 */
public interface BlockVisitor<R extends @Nullable Object> {
    R visit(Heading heading);
    R visit(Paragraph paragraph);
    R visit(BulletList list);
    R visit(OrderedList list);
    R visit(BlockQuote quote);
    R visit(CodeBlock code);
    R visit(Diagram diagram);
    R visit(Table table);
    R visit(ThematicBreak thematicBreak);
    R visit(Admonition admonition);
    R visit(HtmlContainer container);
    R visit(HtmlInlineContainer container);
    R visit(TabGroup tabs);
    R visit(HtmlBlock html);
    R visit(DefinitionList list);
    R visit(MathBlock math);
    R visit(ApiReference reference);
}
