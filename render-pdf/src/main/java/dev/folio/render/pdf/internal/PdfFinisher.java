package dev.folio.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import javax.xml.transform.TransformerException;

/**
 * Makes a rendered guide reproducible and describes it: dates from the build time instead of the
 * clock, a document id derived from the content instead of a random one, and the metadata a
 * reader's PDF viewer shows.
 */
public final class PdfFinisher {
    private PdfFinisher() {
    }

    public record Metadata(String title, String author, String subject, String language) {
    }

    static final String PRODUCER = "Folio (openhtmltopdf, Apache PDFBox)";
    static final String CREATOR = "Folio";

    static void finish(PDDocument document, Metadata metadata, Instant buildTime, String contentHash)
            throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        if (!metadata.subject().isEmpty()) {
            info.setSubject(metadata.subject());
        }
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(calendar(buildTime));
        info.setModificationDate(calendar(buildTime));
        info.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.getPDFName("generator"));
        alignXmp(document, calendar(buildTime));
        document.getDocumentCatalog().setLanguage(metadata.language());
        byte[] id = md5(contentHash);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    /**
     * openhtmltopdf writes the XMP packet of a PDF/A document from the clock; PDF/A wants it to agree
     * with the document information, so its dates and creator are set to the same values.
     */
    private static void alignXmp(PDDocument document, Calendar time) throws IOException {
        PDMetadata stream = document.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        try {
            XMPMetadata xmp = new DomXmpParser().parse(stream.toByteArray());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                return;
            }
            basic.setCreateDate(time);
            basic.setModifyDate(time);
            basic.setCreatorTool(CREATOR);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            String packet = out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
            stream.importXMPMetadata(packet.getBytes(StandardCharsets.UTF_8));
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("cannot rewrite the XMP metadata: " + e.getMessage(), e);
        }
    }

    /** A hash of everything that decides a guide's bytes, for its document id. */
    public static String hash(String xhtml, Instant buildTime) {
        byte[] digest = md5(xhtml + "\u0000" + buildTime);
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(String.format(Locale.ROOT, "%02x", b));
        }
        return hex.toString();
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
