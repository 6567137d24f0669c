package dev.folio.model.doc;

import org.jspecify.annotations.Nullable;

/**
 * One method per {@link Inline} type, deliberately without defaults: a backend that implements
 * it handles every inline, and a new inline type is a compile error until it does.
 */
public interface InlineVisitor<R extends @Nullable Object> {
    R visit(Text text);
    R visit(Emphasis emphasis);
    R visit(Strong strong);
    R visit(Mark mark);
    R visit(Insert insert);
    R visit(Strikethrough strikethrough);
    R visit(Superscript superscript);
    R visit(Subscript subscript);
    R visit(Keys keys);
    R visit(Code code);
    R visit(Link link);
    R visit(Image image);
    R visit(Icon icon);
    R visit(Emoji emoji);
    R visit(FootnoteReference reference);
    R visit(Abbreviation abbreviation);
    R visit(LineBreak lineBreak);
    R visit(RawInline html);
    R visit(MathInline math);
    R visit(Critic critic);
}
