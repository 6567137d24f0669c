package dev.folio.render.html;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Admonition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.FootnoteReference;
import dev.folio.model.doc.Heading;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Image;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.LinkTarget;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Text;

import java.util.List;
import java.util.Optional;

/** Small builders for model nodes, so fixtures read like the Markdown they stand for. */
final class Nodes {
    private final String file;
    private int line = 1;

    Nodes(String file) {
        this.file = file;
    }

    SourcePosition at(int lineNumber) {
        line = lineNumber;
        return SourcePosition.of(file, lineNumber, 1);
    }

    SourcePosition next() {
        return SourcePosition.of(file, ++line, 1);
    }

    Text text(String literal) {
        return new Text(literal, Attributes.EMPTY, next());
    }

    Paragraph p(Inline... content) {
        return new Paragraph(List.of(content), Attributes.EMPTY, next());
    }

    Paragraph p(String text) {
        return p(text(text));
    }

    Heading h(int level, String id, String text) {
        return new Heading(level, List.of(text(text)), id.isEmpty() ? Attributes.EMPTY : Attributes.ofId(id), next());
    }

    Admonition admonition(String type, String title, Admonition.Collapse collapse, Block... children) {
        return new Admonition(type, title == null || title.isEmpty() ? List.of() : List.of(text(title)), collapse,
                List.of(children), Attributes.EMPTY, next());
    }

    /** {@code [content](written)} to a page or asset of the site. */
    Link internal(String written, String path, String fragment, Inline... content) {
        return new Link(new LinkTarget.Internal(written, path, fragment), Optional.empty(), List.of(content),
                Attributes.EMPTY, next());
    }

    Link external(String url, Attributes attributes, Optional<String> title, Inline... content) {
        return new Link(new LinkTarget.External(url), title, List.of(content), attributes, next());
    }

    Image image(String written, String path, String alt, Attributes attributes) {
        return new Image(new LinkTarget.Internal(written, path, ""), alt, Optional.empty(), attributes, next());
    }

    Icon icon(String set, String name) {
        return new Icon(set, name, Attributes.EMPTY, next());
    }

    FootnoteReference footnote(int number, int occurrence) {
        return new FootnoteReference(String.valueOf(number), number, occurrence, Attributes.EMPTY, next());
    }
}
