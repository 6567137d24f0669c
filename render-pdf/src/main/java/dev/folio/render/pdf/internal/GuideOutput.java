package dev.folio.render.pdf.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.SourcePosition;

import java.util.Locale;
import java.util.Optional;

/**
 * What is written for each guide (option {@value #OPTION}): the PDF, the print XHTML the PDF engine is given (to
 * inspect a print layout, or to hand the same input to another HTML-to-PDF engine), or both.
 */
enum GuideOutput {
    PDF(true, false), XHTML(false, true), BOTH(true, true);

    static final String OPTION = "pdf.output";

    final boolean pdf;
    final boolean xhtml;

    GuideOutput(boolean pdf, boolean xhtml) {
        this.pdf = pdf;
        this.xhtml = xhtml;
    }

    /** The output the option asks for; an unknown value is a warning and gives the PDF. */
    static GuideOutput of(Optional<String> option, DiagnosticSink diagnostics) {
        String value = option.map(v -> v.strip().toLowerCase(Locale.ROOT)).orElse("pdf");
        for (GuideOutput output : values()) {
            if (output.name().toLowerCase(Locale.ROOT).equals(value)) {
                return output;
            }
        }
        diagnostics.report(Diagnostic.warning("pdf-option-invalid", "option " + OPTION + "=" + option.orElse("")
                + " is not one of pdf, xhtml, both; the PDF is written", SourcePosition.UNKNOWN));
        return PDF;
    }

    /** The print XHTML's file name beside the guide's: {@code guide-en.pdf} gives {@code guide-en.xhtml}. */
    static String xhtmlName(String pdfName) {
        return (pdfName.endsWith(".pdf") ? pdfName.substring(0, pdfName.length() - 4) : pdfName) + ".xhtml";
    }
}
