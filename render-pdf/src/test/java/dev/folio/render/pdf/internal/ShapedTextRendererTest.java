package dev.folio.render.pdf.internal;

import dev.folio.model.Diagnostics;
import dev.folio.model.Language;
import dev.folio.render.kit.MarkupWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Bengali words printed through the real engine, fonts and fallback list: spaced as the font spaces them. */
class ShapedTextRendererTest {
    private static final String SENTENCE = "গোপনীয়তা কেন গুরুত্বপূর্ণ তথ্যের অপব্যবহারের এই আধুনিক যুগে";

    @Test
    void spacesBengaliWordsByOneSpaceWithoutOverlapOrGap() throws IOException {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"bn\"><head><style>"
                + "body { font-family: " + FontLibrary.sansFamilies() + "; font-size: 12pt; }"
                + "</style></head><body><p>" + SENTENCE + "</p><p><strong>" + SENTENCE + "</strong></p></body></html>";
        PdfEngine.Rendered pdf = new GuideRenderer(false, false).render(xhtml, Language.of("bn"),
                new PdfFinisher.Metadata("t", "a", "s", "bn"), new Resources(List.of(), List.of(), new Diagnostics()),
                Instant.EPOCH, new Diagnostics(), "test.pdf");

        Map<Float, List<TextPosition>> lines = glyphsByBaseline(pdf.bytes());
        assertThat(lines).as("lines %s", lines.keySet()).hasSize(2);
        for (List<TextPosition> line : lines.values()) {
            List<TextPosition> glyphs = new ArrayList<>(line);
            glyphs.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
            float wordEnd = 0;
            int spaces = 0;
            for (TextPosition glyph : glyphs) {
                float left = glyph.getXDirAdj();
                if (glyph.getUnicode().isBlank()) {
                    spaces++;
                    // each space starts where the word before it ends: no overlap, no gap
                    assertThat(left).as("space %d after a word ending at %s", spaces, wordEnd)
                            .isBetween(wordEnd - 0.5f, wordEnd + 1f);
                } else {
                    wordEnd = Math.max(wordEnd, left + glyph.getWidthDirAdj());
                }
            }
            assertThat(spaces).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void printsTwoPartVowelSignsAsTheirPartsAreShaped() throws IOException {
        // কোনো with the precomposed vowel sign O (U+09CB) twice, then the same word in canonical parts.
        String precomposed = "\u0995\u09CB\u09A8\u09CB \u09AF\u09C7\u0995\u09CB\u09A8\u09CB \u0995\u09CC\u09B6\u09B2";
        String parts = java.text.Normalizer.normalize(precomposed, java.text.Normalizer.Form.NFD);
        assertThat(parts).isNotEqualTo(precomposed);
        MarkupWriter body = PrintMarkup.writer();
        body.start("p").text(precomposed).end().start("p").text(parts).end();
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"bn\"><head><style>"
                + "body { font-family: " + FontLibrary.sansFamilies() + "; font-size: 12pt; }"
                + "</style></head><body>" + body.finish() + "</body></html>";
        PdfEngine.Rendered pdf = new GuideRenderer(false, false).render(xhtml, Language.of("bn"),
                new PdfFinisher.Metadata("t", "a", "s", "bn"), new Resources(List.of(), List.of(), new Diagnostics()),
                Instant.EPOCH, new Diagnostics(), "test.pdf");

        List<List<TextPosition>> lines = new ArrayList<>(glyphsByBaseline(pdf.bytes()).values());
        assertThat(lines).hasSize(2);
        assertThat(glyphIds(lines.get(0))).as("the same glyphs, placed as the shaped parts are")
                .isEqualTo(glyphIds(lines.get(1)));
    }

    private static List<String> glyphIds(List<TextPosition> line) {
        List<String> ids = new ArrayList<>();
        for (TextPosition glyph : line) {
            ids.add(java.util.Arrays.toString(glyph.getCharacterCodes()) + "@" + Math.round(glyph.getXDirAdj()));
        }
        return ids;
    }

    private static Map<Float, List<TextPosition>> glyphsByBaseline(byte[] pdf) throws IOException {
        Map<Float, List<TextPosition>> lines = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition glyph : positions) {
                        lines.computeIfAbsent((float) Math.round(glyph.getYDirAdj()), y -> new ArrayList<>()).add(glyph);
                    }
                }
            };
            stripper.getText(document);
        }
        return lines;
    }

}
