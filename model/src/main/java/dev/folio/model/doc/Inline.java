package dev.folio.model.doc;

import org.jspecify.annotations.Nullable;

/** An inline node: part of the text of a paragraph, heading, table cell, link, … */
public sealed interface Inline extends Node
        permits Text, Emphasis, Strong, Mark, Insert, Strikethrough, Superscript, Subscript, Keys,
                Code, Link, Image, Icon, Emoji, FootnoteReference, Abbreviation, LineBreak, RawInline,
                MathInline, Critic {

    <R extends @Nullable Object> R accept(InlineVisitor<R> visitor);
}
