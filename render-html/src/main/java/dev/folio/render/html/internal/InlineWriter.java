package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.doc.Abbreviation;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Critic;
import dev.folio.model.doc.Emoji;
import dev.folio.model.doc.FootnoteReference;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Image;
import dev.folio.model.doc.Keys;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.LinkTarget;
import dev.folio.model.doc.MathInline;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Text;
import dev.folio.render.kit.InlineMarkup;
import dev.folio.render.kit.MarkupWriter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes inline content (text, emphasis, links, icons, footnote references, …) into the page being
 * written by {@link ContentWriter}, with Material's structures: {@code <span class="twemoji">} around
 * inlined icon SVGs, emoji as the site's generator writes them ({@link EmojiImages}), {@code <sup id="fnref:1">}
 * references, {@code <span class="keys">}. An icon that does not exist stays as its shortcode and is reported.
 */
final class InlineWriter extends InlineMarkup {
    private final LinkResolver links;
    private final IconLibrary icons;
    private final EmojiImages emojiImages;
    private final MarkupOptions markup;
    private final List<Diagnostic> diagnostics;
    private final RawHtmlBalance rawHtml;
    private final HighlightSettings highlight;

    private final FootnoteSettings footnotes;

    InlineWriter(MarkupWriter out, LinkResolver links, IconLibrary icons, EmojiImages emojiImages,
            MarkupOptions markup, List<Diagnostic> diagnostics, RawHtmlBalance rawHtml, HighlightSettings highlight,
            FootnoteSettings footnotes) {
        super(out);
        this.footnotes = footnotes;
        this.rawHtml = rawHtml;
        this.highlight = highlight;
        this.links = links;
        this.icons = icons;
        this.emojiImages = emojiImages;
        this.markup = markup;
        this.diagnostics = diagnostics;
    }

    /**
     * Inline code in a language ({@code `#!python x`}, pymdownx.inlinehilite) is highlighted as a block of that
     * language is: {@code <code class="highlight">} and its token spans ({@code language-x} first with
     * {@code pygments_lang_class}); without Pygments, {@code <code class="highlight language-x">} for a script. With
     * inlinehilite's {@code style_plain_text}, plain inline code is code of its language (or of none, Pygments' text);
     * inlinehilite's {@code css_class} replaces the highlighter's.
     */
    @Override
    public @org.jspecify.annotations.Nullable Void visit(dev.folio.model.doc.Code code) {
        String language = code.language();
        if (language.isEmpty()) {
            if (highlight.plainInline().isEmpty()) {
                return super.visit(code);
            }
            language = highlight.plainInline().get();
        }
        if (!highlight.usePygments()) {
            String classes = language.isEmpty() ? highlight.inlineClass()
                    : highlight.languagePrefix() + language + " " + highlight.inlineClass();
            out.start("code", code.attributes(), Map.of("class", classes)).text(code.literal()).end();
            return null;
        }
        String languageClass = highlight.languagePrefix() + (language.isEmpty() ? "text" : language);
        out.start("code", code.attributes(), Map.of("class", highlight.langClass()
                ? languageClass + " " + highlight.inlineClass() : highlight.inlineClass()))
                .raw(CodeBlockHtml.inline(highlight.lexer(language), code.literal())).end();
        return null;
    }

    @Override
    protected MarkupWriter open(String tag, Attributes own, Map<String, String> generated) {
        return out.start(tag, own, generated);
    }

    @Override
    protected int enterScope() {
        return rawHtml.enter();
    }

    @Override
    protected void leaveScope(int scope) {
        rawHtml.leave(out, scope);
    }

    @Override
    protected void afterLineBreak() {
        out.newline();
    }

    @Override
    public Void visit(Text text) {
        if (text.attributes().isEmpty()) {
            out.text(text.literal());
        } else {
            out.start("span", text.attributes(), Map.of()).text(text.literal()).end();
        }
        return null;
    }

    @Override
    public Void visit(Keys keys) {
        markup.keys().write(out, keys);
        return null;
    }

    @Override
    public Void visit(Link link) {
        LinkTarget target = link.target();
        Attributes attributes = link.attributes();
        Map<String, String> generated = new TreeMap<>();
        if (target instanceof LinkTarget.CrossReference reference) {
            java.util.Optional<LinkTarget.Internal> resolved = links.crossReference(reference, link.position());
            if (resolved.isEmpty()) {
                write(link.content());
                return null;
            }
            target = resolved.get();
            // As mkdocs-autorefs marks its links; a member found in its parent's reference is titled by its name.
            attributes = Attributes.ofClasses("autorefs", "autorefs-internal").merge(attributes);
            String identifier = reference.identifier();
            if (!resolved.get().fragment().equals(identifier)) {
                generated.put("title", identifier.substring(identifier.lastIndexOf('.') + 1));
            }
        }
        generated.put("href", markup.path(links.href(target, link.position()), "a"));
        link.title().ifPresent(title -> generated.put("title", title));
        wrap("a", link.content(), attributes, generated);
        return null;
    }

    @Override
    public Void visit(Image image) {
        Map<String, String> generated = new TreeMap<>();
        generated.put("alt", image.alt());
        generated.put("src", (markup.b64() ? links.inlined(image.target(), image.position()) : Optional.<String>empty())
                .orElseGet(() -> markup.path(links.href(image.target(), image.position()), "img")));
        image.title().ifPresent(title -> generated.put("title", title));
        out.start("img", image.attributes(), generated).endVoid();
        return null;
    }

    @Override
    public Void visit(Icon icon) {
        Optional<String> svg = icons.svg(icon);
        if (svg.isEmpty()) {
            diagnostics.add(Diagnostic.warning("unknown-icon",
                    "unknown icon " + icon.shortcode() + " is left as text", icon.position()));
            out.text(icon.shortcode());
            return null;
        }
        out.start("span", icon.attributes(), Map.of("class", "twemoji")).raw(svg.get()).end();
        return null;
    }

    @Override
    public Void visit(Emoji emoji) {
        emojiImages.write(out, emoji, links);
        return null;
    }

    @Override
    public Void visit(FootnoteReference reference) {
        if (!reference.isDefined()) {
            // Left as written, as Python-Markdown does; the parser has already reported it.
            out.text("[^" + reference.label() + "]");
            return null;
        }
        out.start("sup", reference.attributes(), Map.of("id",
                footnotes.referenceId(reference.number(), reference.occurrence())))
                .raw("<a class=\"footnote-ref\" href=\"#").raw(footnotes.noteId(reference.number())).raw("\">")
                .raw(footnotes.superscript(reference.number())).raw("</a>").end();
        return null;
    }

    @Override
    public Void visit(Abbreviation abbreviation) {
        out.start("abbr", abbreviation.attributes(), Map.of("title", abbreviation.title()))
                .text(abbreviation.term()).end();
        return null;
    }

    @Override
    public Void visit(RawInline html) {
        rawHtml.append(out, html.html(), html.position());
        return null;
    }

    @Override
    public Void visit(MathInline math) {
        markup.math().inline(out, math);
        return null;
    }

    @Override
    public Void visit(Critic critic) {
        switch (critic.kind()) {
            case ADDITION -> wrap("ins", critic.content(), critic.attributes(), Map.of("class", "critic"));
            case DELETION -> wrap("del", critic.content(), critic.attributes(), Map.of("class", "critic"));
            case HIGHLIGHT -> wrap("mark", critic.content(), critic.attributes(), Map.of("class", "critic"));
            case COMMENT -> wrap("span", critic.content(), critic.attributes(), Map.of("class", "critic comment"));
            case SUBSTITUTION -> {
                wrap("del", critic.content(), critic.attributes(), Map.of("class", "critic"));
                wrap("ins", critic.replacement(), Attributes.EMPTY, Map.of("class", "critic"));
            }
        }
        return null;
    }
}
