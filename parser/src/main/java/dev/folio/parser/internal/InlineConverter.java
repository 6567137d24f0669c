package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Keys;
import dev.folio.model.doc.LineBreak;
import dev.folio.model.doc.LinkTarget;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Traversal;

/** Converts commonmark inline nodes into model inlines, attribute lists attached. One per page. */
final class InlineConverter {
    private final PageContext page;
    private final TextSplitter splitter;
    /** How many links the text being converted is in: magiclink finds no link inside one. */
    private int linkDepth;

    InlineConverter(PageContext page) {
        this.page = page;
        this.splitter = new TextSplitter(page);
    }

    /** The model inlines for the children of {@code parent}. */
    List<Inline> children(Node parent) {
        return children(parent, true);
    }

    private List<Inline> children(Node parent, boolean shortcodes) {
        List<Inline> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            convert(child, shortcodes, out);
        }
        return InlineAttributes.attach(out);
    }

    private void convert(Node node, boolean shortcodes, List<Inline> out) {
        SourcePosition at = page.position(node);
        Attributes none = Attributes.EMPTY;
        if (node instanceof Text text) {
            splitter.split(text.getLiteral(), node, shortcodes, linkDepth > 0, out);
        } else if (node instanceof Emphasis) {
            out.add(new dev.folio.model.doc.Emphasis(children(node, shortcodes), none, at));
        } else if (node instanceof StrongEmphasis) {
            out.add(new dev.folio.model.doc.Strong(children(node, shortcodes), none, at));
        } else if (node instanceof PairedDelimiterSyntax.Delete) {
            out.add(new dev.folio.model.doc.Strikethrough(children(node, shortcodes), none, at));
        } else if (node instanceof PairedDelimiterSyntax.Mark) {
            out.add(new dev.folio.model.doc.Mark(children(node, shortcodes), none, at));
        } else if (node instanceof PairedDelimiterSyntax.Insert) {
            out.add(new dev.folio.model.doc.Insert(children(node, shortcodes), none, at));
        } else if (node instanceof PairedDelimiterSyntax.Superscript) {
            out.add(new dev.folio.model.doc.Superscript(children(node, shortcodes), none, at));
        } else if (node instanceof PairedDelimiterSyntax.Subscript) {
            out.add(new dev.folio.model.doc.Subscript(children(node, shortcodes), none, at));
        } else if (node instanceof InlineTokenSyntax.Keys keys) {
            // A name the key map does not know leaves the whole combination as text, as pymdownx leaves it.
            Optional<List<Keys.Key>> known = page.dialect().keyMap().keys(keys.keys);
            out.add(known.<Inline>map(k -> new Keys(k, none, at))
                    .orElseGet(() -> new dev.folio.model.doc.Text(keys.written, none, at)));
        } else if (node instanceof CriticAndMathSyntax.CriticNode critic
                && !page.dialect().syntax().inline().criticMode().equals("view")) {
            // accept or reject: the edit applied or dropped, as text; comments go either way.
            boolean accept = page.dialect().syntax().inline().criticMode().equals("accept");
            String kept = switch (critic.kind) {
                case ADDITION -> accept ? critic.content : "";
                case DELETION -> accept ? "" : critic.content;
                case SUBSTITUTION -> accept ? critic.replacement : critic.content;
                case HIGHLIGHT -> critic.content;
                case COMMENT -> "";
            };
            if (!kept.isEmpty()) {
                splitter.split(kept, node, shortcodes, linkDepth > 0, out);
            }
        } else if (node instanceof CriticAndMathSyntax.CriticNode critic) {
            List<Inline> replacement = critic.replacement.isEmpty() ? List.of()
                    : List.of(new dev.folio.model.doc.Text(critic.replacement, none, at));
            out.add(new dev.folio.model.doc.Critic(critic.kind,
                    List.of(new dev.folio.model.doc.Text(critic.content, none, at)), replacement, none, at));
        } else if (node instanceof CriticAndMathSyntax.MathInline math) {
            out.add(new dev.folio.model.doc.MathInline(math.tex, none, at));
        } else if (node instanceof Code code) {
            out.add(page.codeOpensWithSpace(code) ? new dev.folio.model.doc.Code(code.getLiteral(), none, at)
                    : page.dialect().inlineHilite().of(code.getLiteral(), none, at));
        } else if (node instanceof SoftLineBreak) {
            out.add(new LineBreak(page.dialect().syntax().newlineBreaks(), none, at));
        } else if (node instanceof HardLineBreak) {
            out.add(new LineBreak(true, none, at));
        } else if (node instanceof HtmlInline html) {
            out.add(new RawInline(html.getLiteral(), none, at));
        } else if (node instanceof Link link) {
            // An autolink's text is its URL: no shortcodes or abbreviations inside it.
            boolean autolink = node.getFirstChild() instanceof Text t && node.getFirstChild() == node.getLastChild()
                    && t.getLiteral().equals(link.getDestination());
            linkDepth++;
            List<Inline> content;
            try {
                content = children(node, shortcodes && !autolink);
            } finally {
                linkDepth--;
            }
            dev.folio.model.doc.Link converted = new dev.folio.model.doc.Link(page.links().resolve(link.getDestination()),
                    Optional.ofNullable(link.getTitle()), content, none, at);
            out.add(page.dialect().magicLink().map(magic -> shortened(magic, converted, link, autolink))
                    .orElse(converted));
        } else if (node instanceof AutoRefSyntax.Node reference) {
            linkDepth++;
            List<Inline> content;
            try {
                content = children(node, shortcodes);
            } finally {
                linkDepth--;
            }
            out.add(new dev.folio.model.doc.Link(new LinkTarget.CrossReference(reference.identifier,
                    reference.identifier), Optional.empty(), content, none, at));
        } else if (node instanceof Image image) {
            out.add(new dev.folio.model.doc.Image(page.links().resolve(image.getDestination()),
                    Traversal.plainText(children(node, shortcodes)), Optional.ofNullable(image.getTitle()), none, at));
        } else {
            // A node type this converter does not know: keep its content rather than lose it.
            out.addAll(children(node, shortcodes));
        }
    }

    /**
     * A link whose text is its URL as magiclink leaves it: an autolink without its protocol under
     * {@code hide_protocol}, a repository or social link shortened.
     */
    private dev.folio.model.doc.Link shortened(MagicLink magic, dev.folio.model.doc.Link converted, Link link,
            boolean autolink) {
        if (!(converted.content().size() == 1 && converted.content().get(0) instanceof dev.folio.model.doc.Text text)) {
            return converted;
        }
        String href = link.getDestination();
        String shown = autolink ? magic.autolinkText(href) : text.literal();
        Optional<MagicLink.Found> shorter = magic.shortened(new MagicLink.Found(0, 0, href, shown, "", List.of()), autolink);
        if (shorter.isEmpty() && shown.equals(text.literal())) {
            return converted;
        }
        List<Inline> content = List.of(new dev.folio.model.doc.Text(shorter.map(MagicLink.Found::text).orElse(shown),
                text.attributes(), text.position()));
        return shorter.map(found -> new dev.folio.model.doc.Link(converted.target(), Optional.of(found.title()), content,
                Attributes.ofClasses(found.classes().toArray(String[]::new)), converted.position()))
                .orElse(new dev.folio.model.doc.Link(converted.target(), converted.title(), content,
                        converted.attributes(), converted.position()));
    }
}
