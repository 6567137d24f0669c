package dev.folio.parser.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Node;

import dev.folio.model.Diagnostic;
import dev.folio.model.Page;
import dev.folio.model.SourcePosition;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.Document;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Text;

/** Reads one page's text into a {@link Page}. Stateless and thread-safe. */
public final class PageReader {
    private final UrlStyle urlStyle;
    private final Dialect dialect;
    private final java.util.Optional<dev.folio.model.source.PageTemplates.Engine> templates;

    public PageReader(UrlStyle urlStyle) {
        this(urlStyle, Dialect.DEFAULT);
    }

    PageReader(UrlStyle urlStyle, Dialect dialect) {
        this(urlStyle, dialect, java.util.Optional.empty());
    }

    /** @param templates the engine the site's template plugin asks for (mkdocs-macros), run before parsing */
    PageReader(UrlStyle urlStyle, Dialect dialect,
            java.util.Optional<dev.folio.model.source.PageTemplates.Engine> templates) {
        this.urlStyle = urlStyle;
        this.dialect = dialect;
        this.templates = templates;
    }

    /** Reads a file (UTF-8); an unreadable file is an empty page with an error diagnostic. */
    public Page read(Path file, String sourcePath, String shown, String language) {
        List<Diagnostic> problems = new ArrayList<>();
        String text = TextFiles.read(file, shown, problems);
        Page page = read(text, sourcePath, shown, language);
        if (problems.isEmpty()) {
            return page;
        }
        problems.addAll(page.diagnostics());
        return new Page(page.sourcePath(), page.sourceFile(), page.outputPath(), page.language(), page.frontMatter(),
                page.document(), problems);
    }

    /**
     * @param sourcePath the page's path relative to its docs root ({@code basics/x.md})
     * @param file       the file as diagnostics name it
     */
    public Page read(String text, String sourcePath, String file, String language) {
        FrontMatterReader.Split split = FrontMatterReader.read(text, file);
        List<Diagnostic> diagnostics = new ArrayList<>(split.diagnostics());
        Document document;
        try {
            String markdown = split.markdown();
            if (templates.isPresent()) {
                // As mkdocs-macros renders a page: its Markdown after the front matter, before any extension.
                dev.folio.model.source.PageTemplates.Rendered rendered = templates.get().render(markdown,
                        split.frontMatter().raw(), sourcePath, file);
                markdown = rendered.markdown();
                diagnostics.addAll(rendered.diagnostics());
            }
            SnippetPreprocessor.Expanded expanded = SnippetPreprocessor.expand(markdown, file,
                    dialect.snippets(), dialect.appended());
            diagnostics.addAll(expanded.diagnostics());
            PageContext context = new PageContext(file, sourcePath, dialect, expanded.text(), expanded.map());
            Node root = MarkdownSyntax.parse(expanded.text(), dialect.syntax());
            NestingGuard.check(root, context);
            DefinitionScanner.scan(root, context);
            BlockConverter converter = new BlockConverter(context, new InlineConverter(context));
            List<Block> blocks = converter.children(root);
            document = new Document(blocks, context.footnotes().finish(converter::children));
            diagnostics.addAll(context.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            // Never lose the page: keep its text as one paragraph and say why.
            SourcePosition start = SourcePosition.of(file, 1, 1);
            diagnostics.add(Diagnostic.error("parse", "could not parse the page (" + e.getClass().getSimpleName()
                    + "); its text is kept unformatted", start));
            document = new Document(List.of(new Paragraph(List.of(new Text(split.markdown().strip(),
                    Attributes.EMPTY, start)), Attributes.EMPTY, start)), List.of());
        }
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new Page(sourcePath, file, urlStyle.outputPath(sourcePath), language, split.frontMatter(), document,
                diagnostics);
    }
}
