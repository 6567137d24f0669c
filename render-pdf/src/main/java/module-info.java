/**
 * The PDF backend: a printable guide per language ({@link dev.folio.render.pdf.PdfRenderer}), found through
 * {@link java.util.ServiceLoader}. openhtmltopdf and Batik have no module names of their own: they are required by
 * the names their jars' file names give them.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.folio.render.pdf {
    requires static org.jspecify;
    requires dev.folio.render.kit;
    requires java.desktop;
    requires java.logging;
    requires java.xml;
    requires org.apache.fontbox;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.xmpbox;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.rtl.support;
    requires openhtmltopdf.svg.support;
    requires batik.anim;
    requires batik.bridge;
    requires batik.gvt;
    requires batik.util;
    requires xml.apis.ext;

    exports dev.folio.render.pdf;

    provides dev.folio.model.render.Renderer with dev.folio.render.pdf.PdfRenderer;
}
