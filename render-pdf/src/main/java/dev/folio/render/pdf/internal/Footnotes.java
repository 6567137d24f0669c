package dev.folio.render.pdf.internal;

import dev.folio.model.doc.FootnoteDefinition;
import dev.folio.render.kit.MarkupWriter;

import java.util.List;

/** A page's footnotes, printed as a numbered list at the end of its chapter. */
final class Footnotes {
    private Footnotes() {
    }

    static String id(Chapter chapter, int number) {
        return chapter.anchors().pageKey(chapter.page()) + "--fn-" + number;
    }

    static void write(Chapter chapter, List<FootnoteDefinition> notes, BlockWriter blocks) {
        if (notes.isEmpty()) {
            return;
        }
        MarkupWriter out = chapter.out();
        out.start("div").attr("class", "footnotes").empty("hr").start("ol");
        for (FootnoteDefinition note : notes) {
            out.start("li").attr("id", id(chapter, note.number())).attr("value", Integer.toString(note.number()));
            blocks.blocks(note.children());
            out.end();
        }
        out.end().end();
    }
}
