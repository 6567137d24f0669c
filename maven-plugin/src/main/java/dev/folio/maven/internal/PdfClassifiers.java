package dev.folio.maven.internal;

import dev.folio.model.Language;
import dev.folio.model.Site;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The classifier each written PDF is attached to the project with. A whole-language guide's is its language:
 * the longest language code its file name ends with ({@code guide-zh-Hant.pdf}, {@code he.pdf}); a
 * one-language site's single PDF is that language. A part of a guide ({@code pdf.split=section} or
 * {@code page}: {@code guide-en-basics.pdf}) is its language and the rest of its name after it
 * ({@code en-basics}), so every PDF's classifier stays unique; a PDF whose classifier another already has is
 * left out.
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
        Set<String> taken = new HashSet<>();
        for (Path pdf : pdfs) {
            languageOf(pdf).or(() -> partOf(pdf)).or(() -> onlyLanguage(pdfs))
                    .filter(taken::add)
                    .ifPresent(classifier -> classified.put(pdf, classifier));
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

    /** The language code that first appears between hyphens in the name, and everything after it. */
    private Optional<String> partOf(Path pdf) {
        String name = pdf.getFileName().toString();
        String base = name.substring(0, name.length() - ".pdf".length());
        String lower = base.toLowerCase(Locale.ROOT);
        int best = -1;
        String code = null;
        for (Language language : site.languages()) {
            String marker = "-" + language.code().toLowerCase(Locale.ROOT) + "-";
            int at = lower.indexOf(marker);
            if (at >= 0 && (best < 0 || at < best || at == best && language.code().length() > code.length())) {
                best = at;
                code = language.code();
            }
        }
        return code == null ? Optional.empty()
                : Optional.of(code + base.substring(best + 1 + code.length()));
    }

    private Optional<String> onlyLanguage(List<Path> pdfs) {
        return pdfs.size() == 1 && site.languages().size() == 1
                ? Optional.of(site.config().defaultLanguage()) : Optional.empty();
    }
}
