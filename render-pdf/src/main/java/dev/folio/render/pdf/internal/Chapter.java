package dev.folio.render.pdf.internal;

import dev.folio.model.DiagnosticSink;
import dev.folio.model.Page;
import dev.folio.model.doc.Attributes;
import dev.folio.render.kit.MarkupWriter;

/**
 * What the writers of one page share: where they write, the page, the guide's anchors and resources, and
 * where problems go.
 */
record Chapter(MarkupWriter out, Page page, Anchors anchors, Resources resources, boolean rightToLeft,
        DiagnosticSink diagnostics) {

    /** The document-wide id for a node's own id. */
    String id(Attributes attributes) {
        return anchors.id(page, attributes.id());
    }

    RawHtml rawHtml() {
        return new RawHtml(out, written -> anchors.href(page, written).orElse(null));
    }
}
