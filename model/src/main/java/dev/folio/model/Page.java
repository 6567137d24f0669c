package dev.folio.model;

import dev.folio.model.doc.Document;
import dev.folio.model.doc.Heading;

import java.util.List;
import java.util.Objects;

/**
 * One page of one language.
 *
 * @param sourcePath  relative to the language's docs root, {@code /}-separated ({@code basics/why-privacy.md});
 *                    the same for a page and its translations
 * @param sourceFile  the file as diagnostics name it (relative to the project where possible)
 * @param outputPath  the file to write, relative to the language's output folder ({@code basics/why-privacy/index.html})
 * @param language    the language code
 * @param diagnostics what the parser found wrong in this page
 */
public record Page(String sourcePath, String sourceFile, String outputPath, String language, FrontMatter frontMatter,
        Document document, List<Diagnostic> diagnostics) {

    public Page {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(document, "document");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The title readers see: front matter {@code title}, else the first level-1 heading, else the
     * file name made readable ({@code why-privacy.md} → {@code Why privacy}), as MkDocs does.
     */
    public String title() {
        return frontMatter.title().orElseGet(() -> document.blocks().stream()
                .filter(b -> b instanceof Heading h && h.level() == 1)
                .map(b -> ((Heading) b).text())
                .findFirst()
                .orElseGet(this::titleFromFileName));
    }

    private String titleFromFileName() {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        if (name.equals("index") || name.equalsIgnoreCase("README")) {
            String folder = sourcePath.contains("/") ? sourcePath.substring(0, sourcePath.lastIndexOf('/')) : "";
            name = folder.isEmpty() ? "Home" : folder.substring(folder.lastIndexOf('/') + 1);
        }
        String words = name.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
