package dev.folio.maven.internal;

import dev.folio.model.Language;
import dev.folio.model.Site;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which language each written PDF is, for attaching it to the project with the language as
 * classifier. A PDF's language is the longest language code its file name ends with
 * ({@code guide-zh-Hant.pdf}, {@code he.pdf}); a one-language site's single PDF is that language.
 */
public final class PdfClassifiers {

    private final Site site;

    public PdfClassifiers(Site site) {
        this.site = site;
    }

    /** The PDFs among the files, each with its language code; files of no known language are left out. */
    public Map<Path, String> classify(List<Path> files) {
        List<Path> pdfs = files.stream().filter(PdfClassifiers::isPdf).sorted().toList();
        Map<Path, String> classified = new LinkedHashMap<>();
        for (Path pdf : pdfs) {
            languageOf(pdf).or(() -> onlyLanguage(pdfs)).ifPresent(code -> classified.put(pdf, code));
        }
        return classified;
    }

    public static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    private Optional<String> languageOf(Path pdf) {
        String name = pdf.getFileName().toString();
        String base = name.substring(0, name.length() - ".pdf".length()).toLowerCase(Locale.ROOT);
        return site.languages().stream().map(Language::code)
                .filter(code -> {
                    String lower = code.toLowerCase(Locale.ROOT);
                    return base.equals(lower) || base.endsWith("-" + lower) || base.endsWith("_" + lower)
                            || base.endsWith("." + lower);
                })
                .max(Comparator.comparingInt(String::length));
    }

    private Optional<String> onlyLanguage(List<Path> pdfs) {
        return pdfs.size() == 1 && site.languages().size() == 1
                ? Optional.of(site.config().defaultLanguage()) : Optional.empty();
    }
}
