package dev.folio.render.pdf.internal;

import dev.folio.model.doc.Abbreviation;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Critic;
import dev.folio.model.doc.Emoji;
import dev.folio.model.doc.FootnoteReference;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Image;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Keys;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.MathInline;
import dev.folio.model.doc.OrderedList;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Text;
import dev.folio.render.kit.CodeAnnotations;
import dev.folio.render.kit.InlineMarkup;
import dev.folio.render.kit.MarkupWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes inline nodes as XHTML for print. */
final class InlineWriter extends InlineMarkup {
    private final Chapter chapter;
    private final RawHtml raw;
    /** Raw HTML may close only what it opened inside the current container. */
    private int floor;

    private static final String MARKER = "annotation-marker";
    private Map<Text, OrderedList> annotatedTexts = Map.of();

    InlineWriter(Chapter chapter) {
        super(chapter.out());
        this.chapter = chapter;
        this.raw = chapter.rawHtml();
    }

    /** On paper an inline element keeps no attribute list: its ids and classes address and style web pages. */
    @Override
    protected MarkupWriter open(String tag, Attributes own, Map<String, String> generated) {
        if (tag.equals("mark") || tag.equals("ins") || tag.equals("del")) {
            // The engine's default style sheet has none of these: print.css styles spans of their class.
            return out.start("span").attr("class", tag);
        }
        return out.start(tag).attr("class", generated.getOrDefault("class", ""));
    }

    /** Inlines close whatever raw HTML among them left open. */
    @Override
    protected int enterScope() {
        int saved = floor;
        floor = out.depth();
        return saved;
    }

    @Override
    protected void leaveScope(int saved) {
        out.closeTo(floor);
        floor = saved;
    }

    /**
     * Writes a paragraph's inlines, each stretch against its direction that spans several boxes as one
     * box of its own ({@link BidiRuns}). Raw HTML may open an element in one inline and close it in
     * another, so a paragraph holding some is written as it is.
     */
    void writeParagraph(List<Inline> content, boolean rightToLeft) {
        List<Inline> inlines = annotatedTexts.isEmpty() ? content : withMarkers(content);
        if (inlines.stream().anyMatch(RawInline.class::isInstance)) {
            write(inlines);
            return;
        }
        for (BidiRuns.Piece piece : BidiRuns.of(inlines, rightToLeft)) {
            if (piece.isolated()) {
                span(rightToLeft ? "run-ltr" : "run-rtl", piece.content());
            } else {
                write(piece.content());
            }
        }
    }

    private Void span(String className, List<Inline> content) {
        out.start("span").attr("class", className);
        write(content);
        out.end();
        return null;
    }

    @Override
    public Void visit(Text text) {
        if (text.attributes().hasClass(MARKER)) {
            out.element("span", MARKER, text.literal());
            return null;
        }
        OrderedList annotations = annotatedTexts.get(text);
        if (annotations == null) {
            out.text(text.literal());
        } else {
            for (CodeAnnotations.Piece piece : CodeAnnotations.split(text.literal())) {
                if (piece instanceof CodeAnnotations.Plain plain) {
                    out.text(plain.text());
                } else if (piece instanceof CodeAnnotations.Marker marker) {
                    annotationMarker(out, annotations, marker.number());
                }
            }
        }
        return null;
    }

    /**
     * An annotation's marker as print shows it, its number in a badge, the note in the numbered list under the block;
     * a marker whose list has no such item stays text.
     */
    static void annotationMarker(MarkupWriter out, OrderedList list, int number) {
        if (number >= 1 && number <= list.items().size()) {
            out.element("span", MARKER, Integer.toString(number));
        } else {
            out.text("(" + number + ")");
        }
    }

    /**
     * A paragraph's texts with their markers cut out as texts of their own, which the direction runs keep whole
     * (they cut a text at its punctuation).
     */
    private List<Inline> withMarkers(List<Inline> content) {
        List<Inline> inlines = new ArrayList<>();
        for (Inline inline : content) {
            OrderedList list = inline instanceof Text text ? annotatedTexts.get(text) : null;
            if (list == null) {
                inlines.add(inline);
                continue;
            }
            for (CodeAnnotations.Piece piece : CodeAnnotations.split(((Text) inline).literal())) {
                if (piece instanceof CodeAnnotations.Plain plain) {
                    inlines.add(new Text(plain.text(), inline.attributes(), inline.position()));
                } else if (piece instanceof CodeAnnotations.Marker marker) {
                    boolean listed = marker.number() <= list.items().size();
                    inlines.add(new Text(listed ? Integer.toString(marker.number()) : "(" + marker.number() + ")",
                            listed ? Attributes.ofClasses(MARKER) : inline.attributes(), inline.position()));
                }
            }
        }
        return inlines;
    }

    /** The chapter's texts in blocks with annotations ({@code { .annotate }}), and the list each one's markers open. */
    void annotate(Map<Text, OrderedList> texts) {
        annotatedTexts = texts;
    }

    @Override
    public Void visit(Keys keys) {
        out.start("span").attr("class", "keys");
        for (int i = 0; i < keys.keys().size(); i++) {
            if (i > 0) {
                out.text("+");
            }
            out.element("span", "key", keys.keys().get(i).label());
        }
        out.end();
        return null;
    }

    @Override
    public Void visit(Link link) {
        Optional<String> href = chapter.anchors().href(chapter.page(), link.target());
        out.start(href.isPresent() ? "a" : "span").attr("id", chapter.id(link.attributes()))
                .attr("class", String.join(" ", link.attributes().classes()));
        href.ifPresent(h -> out.attr("href", h));
        write(link.content());
        titleOfIconLink(link).ifPresent(title -> out.element("span", "link-title", title));
        out.end();
        return null;
    }

    /**
     * An icon-only link ({@code [:octicons-eye-16:](…){ .card-link title="Privacy Policy" }}) shows
     * its title on hover only; on paper the title is printed after the icon.
     */
    private static Optional<String> titleOfIconLink(Link link) {
        if (!dev.folio.model.doc.Traversal.plainText(link.content()).isBlank()) {
            return Optional.empty();
        }
        return link.title().or(() -> link.attributes().get("title")).filter(t -> !t.isBlank());
    }

    @Override
    public Void visit(Image image) {
        if (Resources.forDarkModeOnly(image.target().written())) {
            return null;
        }
        Optional<String> src = chapter.resources().image(image.target(), image.position());
        if (src.isPresent()) {
            boolean icon = image.attributes().get("width").isPresent() || image.attributes().hasClass("twemoji");
            out.empty("img", "src", src.get(), "alt", image.alt(), "class",
                    image.attributes().get("align").map(a -> "align-" + a).orElse(icon ? "small" : "picture"));
        } else if (!image.alt().isEmpty()) {
            out.element("span", "missing-image", "[" + image.alt() + "]");
        }
        return null;
    }

    @Override
    public Void visit(Icon icon) {
        Optional<String> svg = chapter.resources().icon(icon.set(), icon.name());
        if (svg.isPresent()) {
            // an explicit end tag: HTML parsers (WeasyPrint's, in bench/) would nest what follows in it;
            // alt as on an img: the tagged PDF needs a text for every figure
            out.start("object").attr("type", IconDrawer.TYPE).attr("data", svg.get()).attr("class", "icon")
                    .attr("alt", icon.name()).text("").end();
        } else {
            out.element("span", "shortcode", icon.shortcode());
        }
        return null;
    }

    @Override
    public Void visit(Emoji emoji) {
        Optional<String> svg = chapter.resources().emoji(emoji.unicode());
        if (svg.isPresent()) {
            // Twemoji's colour image, as the site shows it; the characters are its text for the tagged PDF.
            out.start("object").attr("type", IconDrawer.TYPE).attr("data", svg.get()).attr("class", "icon emoji")
                    .attr("alt", emoji.text()).text("").end();
        } else {
            out.element("span", emoji.characters().isEmpty() ? "shortcode" : "emoji", emoji.text());
        }
        return null;
    }

    @Override
    public Void visit(FootnoteReference reference) {
        out.start("sup").attr("class", "fnref");
        if (reference.isDefined()) {
            out.start("a").attr("href", "#" + Footnotes.id(chapter, reference.number()))
                    .text(Integer.toString(reference.number())).end();
        } else {
            out.text("[^" + reference.label() + "]");
        }
        out.end();
        return null;
    }

    @Override
    public Void visit(Abbreviation abbreviation) {
        // Plain text, not a span: paper cannot show the expansion on hover, and an extra inline box
        // would split the text run, which right-to-left reordering handles box by box.
        out.text(abbreviation.term());
        return null;
    }

    @Override
    public Void visit(RawInline html) {
        raw.write(html.html(), floor);
        return null;
    }

    @Override
    public Void visit(MathInline math) {
        out.element("code", "math", math.tex());
        return null;
    }

    @Override
    public Void visit(Critic critic) {
        switch (critic.kind()) {
            case ADDITION -> span("ins", critic.content());
            case DELETION -> span("del", critic.content());
            case HIGHLIGHT -> span("mark", critic.content());
            case COMMENT -> span("critic-comment", critic.content());
            case SUBSTITUTION -> {
                span("del", critic.content());
                span("ins", critic.replacement());
            }
        }
        return null;
    }
}
