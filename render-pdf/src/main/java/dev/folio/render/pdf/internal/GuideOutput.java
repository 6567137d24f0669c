package dev.folio.render.pdf.internal;

import dev.folio.model.DiagnosticSink;

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
        return OptionChoice.of(GuideOutput.class, OPTION, option, PDF, "the PDF is written", diagnostics);
    }

    /** The print XHTML's file name beside the guide's: {@code guide-en.pdf} gives {@code guide-en.xhtml}. */
    static String xhtmlName(String pdfName) {
        return (pdfName.endsWith(".pdf") ? pdfName.substring(0, pdfName.length() - 4) : pdfName) + ".xhtml";
    }
}
