package dev.folio.render.kit;

import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Code;
import dev.folio.model.doc.Emphasis;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.InlineVisitor;
import dev.folio.model.doc.Insert;
import dev.folio.model.doc.LineBreak;
import dev.folio.model.doc.Mark;
import dev.folio.model.doc.Strikethrough;
import dev.folio.model.doc.Strong;
import dev.folio.model.doc.Subscript;
import dev.folio.model.doc.Superscript;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * The inline half of a markup backend. It writes the constructs every markup format spells alike (emphasis,
 * strong, marks, insertions, deletions, super- and subscripts, inline code, line breaks); a backend writes the rest
 * (links, images, icons, footnote references, …), whose form depends on where its output lives, and answers three
 * hooks: how an element starts ({@link #open}), and what a run of inlines opens and closes around it.
 */
public abstract class InlineMarkup implements InlineVisitor<@Nullable Void> {
    protected final MarkupWriter out;

    protected InlineMarkup(MarkupWriter out) {
        this.out = out;
    }

    /** Writes inlines; whatever raw HTML among them left open is closed when they end. */
    public void write(List<Inline> inlines) {
        int scope = enterScope();
        for (Inline inline : inlines) {
            inline.accept(this);
        }
        leaveScope(scope);
    }

    /**
     * Starts the element for a node: {@code tag} as HTML names it, with the node's own attributes (from an attribute
     * list) and those the construct generates ({@code class}, {@code href}). A format decides which it keeps and
     * may spell the element its own way.
     */
    protected abstract MarkupWriter open(String tag, Attributes own, Map<String, String> generated);

    /** Starts a run of inlines; returns what {@link #leaveScope} needs to close what raw HTML left open in it. */
    protected abstract int enterScope();

    protected abstract void leaveScope(int scope);

    /** After a hard line break: a newline in the markup where the format keeps one (HTML), else nothing. */
    protected void afterLineBreak() {
    }

    /** An element around inline content. */
    protected final @Nullable Void wrap(String tag, List<Inline> content, Attributes own, Map<String, String> generated) {
        open(tag, own, generated);
        write(content);
        out.end();
        return null;
    }

    @Override
    public @Nullable Void visit(Emphasis emphasis) {
        return wrap("em", emphasis.content(), emphasis.attributes(), Map.of());
    }

    @Override
    public @Nullable Void visit(Strong strong) {
        return wrap("strong", strong.content(), strong.attributes(), Map.of());
    }

    @Override
    public @Nullable Void visit(Mark mark) {
        return wrap("mark", mark.content(), mark.attributes(), Map.of());
    }

    @Override
    public @Nullable Void visit(Insert insert) {
        return wrap("ins", insert.content(), insert.attributes(), Map.of());
    }

    @Override
    public @Nullable Void visit(Strikethrough strikethrough) {
        return wrap("del", strikethrough.content(), strikethrough.attributes(), Map.of());
    }

    @Override
    public @Nullable Void visit(Superscript superscript) {
        return wrap("sup", superscript.content(), superscript.attributes(), Map.of());
    }

    @Override
    public @Nullable Void visit(Subscript subscript) {
        return wrap("sub", subscript.content(), subscript.attributes(), Map.of());
    }

    @Override
    public @Nullable Void visit(Code code) {
        open("code", code.attributes(), Map.of()).text(code.literal()).end();
        return null;
    }

    @Override
    public @Nullable Void visit(LineBreak lineBreak) {
        if (lineBreak.hard()) {
            open("br", Attributes.EMPTY, Map.of()).endVoid();
            afterLineBreak();
        } else {
            out.text("\n");
        }
        return null;
    }
}
