package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Code;
import dev.folio.model.doc.Emoji;
import dev.folio.model.doc.Emphasis;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Image;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Insert;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.Mark;
import dev.folio.model.doc.Strikethrough;
import dev.folio.model.doc.Strong;
import dev.folio.model.doc.Subscript;
import dev.folio.model.doc.Superscript;
import dev.folio.model.doc.Text;

/**
 * Attaches an attribute list written right after an inline element ({@code [x](y){ .button }},
 * {@code :material-check:{ .pg-green }}) to that element, as Python-Markdown's attr_list does; the
 * braces must follow with no space. A list that does not parse stays text.
 */
final class InlineAttributes {
    private InlineAttributes() {
    }

    static List<Inline> attach(List<Inline> inlines) {
        List<Inline> out = null;
        for (int i = 0; i + 1 < inlines.size(); i++) {
            if (!(inlines.get(i + 1) instanceof Text text) || !text.literal().startsWith("{")) {
                continue;
            }
            Matcher m = AttributeList.AT_START.matcher(text.literal());
            if (!m.find()) {
                continue;
            }
            Optional<Attributes> attributes = AttributeList.parse(m.group(1));
            Inline element = inlines.get(i);
            Inline with = attributes.isPresent() ? withAttributes(element, attributes.get()) : null;
            if (with == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(inlines);
            }
            out.set(i, with);
            String rest = text.literal().substring(m.end());
            out.set(i + 1, rest.isEmpty() ? null : new Text(rest, text.attributes(),
                    text.position().at(text.position().line(), text.position().column() + m.end())));
        }
        if (out == null) {
            return inlines;
        }
        out.removeIf(Objects::isNull);
        return out;
    }

    /** The element with the attributes merged in, or null when it cannot carry them. */
    private static Inline withAttributes(Inline element, Attributes more) {
        if (element instanceof Link l) {
            return new Link(l.target(), l.title(), l.content(), l.attributes().merge(more), l.position());
        }
        if (element instanceof Image im) {
            return new Image(im.target(), im.alt(), im.title(), im.attributes().merge(more), im.position());
        }
        if (element instanceof Code c) {
            return new Code(c.literal(), c.attributes().merge(more), c.position(), c.language());
        }
        if (element instanceof Icon ic) {
            return new Icon(ic.set(), ic.name(), ic.attributes().merge(more), ic.position());
        }
        if (element instanceof Emoji e) {
            return new Emoji(e.name(), e.shortname(), e.unicode(), e.characters(), e.description(), e.category(),
                    e.attributes().merge(more), e.position());
        }
        if (element instanceof Emphasis e) {
            return new Emphasis(e.content(), e.attributes().merge(more), e.position());
        }
        if (element instanceof Strong s) {
            return new Strong(s.content(), s.attributes().merge(more), s.position());
        }
        if (element instanceof Mark mk) {
            return new Mark(mk.content(), mk.attributes().merge(more), mk.position());
        }
        if (element instanceof Insert in) {
            return new Insert(in.content(), in.attributes().merge(more), in.position());
        }
        if (element instanceof Strikethrough st) {
            return new Strikethrough(st.content(), st.attributes().merge(more), st.position());
        }
        if (element instanceof Superscript sup) {
            return new Superscript(sup.content(), sup.attributes().merge(more), sup.position());
        }
        if (element instanceof Subscript sub) {
            return new Subscript(sub.content(), sub.attributes().merge(more), sub.position());
        }
        return null;
    }
}
