package dev.folio.render.pdf.internal;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.Language;
import dev.folio.model.SourcePosition;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Runs openhtmltopdf on a guide's XHTML, then makes the result reproducible and saves it. */
public final class GuideRenderer implements PdfEngine {
    private final boolean accessible;
    private final boolean archival;

    /**
     * @param accessible whether to write a tagged PDF (PDF/UA)
     * @param archival   whether to declare PDF/A-3u (with an sRGB output intent)
     */
    GuideRenderer(boolean accessible, boolean archival) {
        this.accessible = accessible;
        this.archival = archival;
    }

    @Override
    public Rendered render(String xhtml, Language language, PdfFinisher.Metadata metadata, Resources resources,
            Instant buildTime, DiagnosticSink diagnostics, String guideFile) throws IOException {
        try (PDDocument document = print(xhtml, language, resources, diagnostics, guideFile)) {
            return save(document, metadata, buildTime, PdfFinisher.hash(xhtml, buildTime));
        }
    }

    /** Finishes a printed document ({@link PdfFinisher}) and saves it. */
    public static Rendered save(PDDocument document, PdfFinisher.Metadata metadata, Instant buildTime, String contentHash)
            throws IOException {
        PdfFinisher.finish(document, metadata, buildTime, contentHash);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        document.save(bytes);
        return new Rendered(bytes.toByteArray(), document.getNumberOfPages());
    }

    /** Prints XHTML into a new document, left open for the caller to finish, merge or save. */
    public PDDocument print(String xhtml, Language language, Resources resources, DiagnosticSink diagnostics,
            String guideFile) throws IOException {
        return print(xhtml, language, resources, diagnostics, guideFile, false);
    }

    /**
     * @param subsetFonts whether to subset the fonts now (PDFBox does when it saves the document),
     *                    for a document whose pages are moved into another one
     */
    public PDDocument print(String xhtml, Language language, Resources resources, DiagnosticSink diagnostics,
            String guideFile, boolean subsetFonts) throws IOException {
        Document dom = parse(xhtml);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(dom, "file:///folio/guide.xhtml");
        PDDocument document = new PDDocument();
        java.util.List<org.apache.pdfbox.pdmodel.font.PDFont> fonts = new java.util.ArrayList<>();
        if (subsetFonts) {
            FontLibrary.register(builder, document, fonts);
        } else {
            FontLibrary.register(builder);
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FontMetricsCache.SHARED);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.forLanguageTag(language.code())));
        builder.defaultTextDirection(language.isRightToLeft() ? TextDirection.RTL : TextDirection.LTR);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useObjectDrawerFactory(new IconDrawer());
        builder.useExternalResourceAccessControl((uri, type) -> guard(resources, uri, diagnostics, guideFile),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> guard(resources, uri, diagnostics, guideFile),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.usePdfUaAccessibility(accessible);
        builder.withProducer(PdfFinisher.PRODUCER);
        if (archival) {
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
        builder.withDiagnosticConsumer(EngineLog.forwardingTo(diagnostics, guideFile));
        try {
            builder.usePDDocument(document);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.getSharedContext().setTextRenderer(new ShapedTextRenderer());
                renderer.createPDFWithoutClosing();
            }
            for (org.apache.pdfbox.pdmodel.font.PDFont font : fonts) {
                if (font.willBeSubset()) {
                    font.subset();
                }
            }
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    private static boolean guard(Resources resources, String uri, DiagnosticSink diagnostics, String guideFile) {
        if (uri != null && (uri.equals("file:///folio/guide.xhtml") || resources.allows(uri))) {
            return true;
        }
        diagnostics.report(Diagnostic.warning("pdf-resource-refused", guideFile + ": resource " + uri
                + " is outside the content folder and was not loaded", SourcePosition.UNKNOWN));
        return false;
    }

    private static Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the print XHTML is not well-formed: " + e.getMessage(), e);
        }
    }
}
