package dev.folio.render.pdf.internal;

import dev.folio.model.doc.Inline;
import dev.folio.model.doc.LineBreak;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Text;
import dev.folio.model.doc.Traversal;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph's inlines into the stretches that run against its direction and that span more than
 * one inline box, such as an English sentence with a link inside a Hebrew paragraph. openhtmltopdf lays a
 * line out box by box in the paragraph's direction, so such a stretch would print with its boxes in
 * reverse ("link. Read the" for "Read the link."); written as an isolated box of its own direction, it reads
 * in order. A stretch inside one text node or one element needs nothing: the engine orders a box's own text.
 */
final class BidiRuns {
    /** A piece of the paragraph: inlines to write as they are, or as one box of the other direction. */
    record Piece(List<Inline> content, boolean isolated) {
    }

    private enum Kind { ALONG, AGAINST, NEUTRAL, BARRIER }

    private record Atom(Inline inline, Kind kind, boolean element) {
    }

    private BidiRuns() {
    }

    static List<Piece> of(List<Inline> content, boolean rightToLeft) {
        List<Atom> atoms = atoms(content, rightToLeft);
        List<Piece> pieces = new ArrayList<>();
        List<Inline> plain = new ArrayList<>();
        int i = 0;
        while (i < atoms.size()) {
            if (atoms.get(i).kind() != Kind.AGAINST) {
                plain.add(atoms.get(i++).inline());
                continue;
            }
            int last = i;
            for (int j = i + 1; j < atoms.size(); j++) {
                Kind kind = atoms.get(j).kind();
                if (kind == Kind.AGAINST) {
                    last = j;
                } else if (kind != Kind.NEUTRAL) {
                    break;
                }
            }
            List<Atom> run = atoms.subList(i, last + 1);
            if (needsIsolation(run)) {
                if (!plain.isEmpty()) {
                    pieces.add(new Piece(List.copyOf(plain), false));
                    plain.clear();
                }
                pieces.add(new Piece(run.stream().map(Atom::inline).toList(), true));
            } else {
                run.forEach(atom -> plain.add(atom.inline()));
            }
            i = last + 1;
        }
        if (!plain.isEmpty()) {
            pieces.add(new Piece(List.copyOf(plain), false));
        }
        return pieces;
    }

    /** More than one box: an element and some other word of the same direction. */
    private static boolean needsIsolation(List<Atom> run) {
        long strong = run.stream().filter(atom -> atom.kind() == Kind.AGAINST).count();
        return strong > 1 && run.stream().anyMatch(Atom::element);
    }

    private static List<Atom> atoms(List<Inline> content, boolean rightToLeft) {
        List<Atom> atoms = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof Text text) {
                split(text, rightToLeft, atoms);
            } else if (inline instanceof RawInline || inline instanceof LineBreak) {
                atoms.add(new Atom(inline, Kind.BARRIER, true));
            } else {
                atoms.add(new Atom(inline, kind(firstStrong(Traversal.plainText(List.of(inline))), rightToLeft), true));
            }
        }
        return atoms;
    }

    /** A text node cut where its letters change direction; spaces and punctuation are pieces of their own. */
    private static void split(Text text, boolean rightToLeft, List<Atom> atoms) {
        String literal = text.literal();
        int start = 0;
        Kind current = null;
        for (int i = 0; i < literal.length(); ) {
            int cp = literal.codePointAt(i);
            Kind kind = kind(strength(cp), rightToLeft);
            if (current != null && kind != current) {
                atoms.add(new Atom(piece(text, start, i), current, false));
                start = i;
            }
            current = kind;
            i += Character.charCount(cp);
        }
        if (current != null) {
            atoms.add(new Atom(start == 0 ? text : piece(text, start, literal.length()), current, false));
        }
    }

    private static Text piece(Text text, int from, int to) {
        return new Text(text.literal().substring(from, to), text.attributes(), text.position());
    }

    /** 1 left to right, -1 right to left, 0 neither. */
    private static int strength(int cp) {
        byte type = Character.getDirectionality(cp);
        if (type == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
            return 1;
        }
        return type == Character.DIRECTIONALITY_RIGHT_TO_LEFT || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                ? -1 : 0;
    }

    private static int firstStrong(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int strength = strength(cp);
            if (strength != 0) {
                return strength;
            }
            i += Character.charCount(cp);
        }
        return 0;
    }

    private static Kind kind(int strength, boolean rightToLeft) {
        if (strength == 0) {
            return Kind.NEUTRAL;
        }
        return (strength < 0) == rightToLeft ? Kind.ALONG : Kind.AGAINST;
    }
}
