package dev.folio.parser.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Node;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Abbreviation;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Emoji;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Text;

/**
 * Finds what the dialect hides in plain text, in one pass: icon shortcodes ({@code :octicons-home-16:}
 * → icon set + name), emoji shortcodes ({@code :smile:}), footnote references ({@code [^1]}) and the
 * page's abbreviations. Code, raw HTML and link destinations never reach it.
 */
final class TextSplitter {
    private static final Pattern SPECIAL = Pattern.compile("\\[\\^([^\\]\\s]+)\\]|:([A-Za-z0-9_+-]+):");

    private final PageContext page;

    TextSplitter(PageContext page) {
        this.page = page;
    }

    /** Appends the inlines of a text node's literal to {@code out}. */
    void split(String literal, Node source, boolean shortcodes, List<Inline> out) {
        Matcher m = SPECIAL.matcher(literal);
        int plainFrom = 0;
        int searchFrom = 0;
        while (shortcodes && searchFrom < literal.length() && m.find(searchFrom)) {
            Inline special = special(m, literal, source);
            if (special == null) {
                // ":a:b:" → the second colon may open the next shortcode.
                searchFrom = m.end() - 1 > m.start() ? m.end() - 1 : m.end();
                continue;
            }
            plain(literal.substring(plainFrom, m.start()), plainFrom, source, out);
            out.add(special);
            plainFrom = m.end();
            searchFrom = m.end();
        }
        plain(literal.substring(plainFrom), plainFrom, source, out);
    }

    private Inline special(Matcher m, String literal, Node source) {
        SourcePosition at = page.position(source, m.start());
        if (m.group(1) != null) {
            return page.footnotes().reference(m.group(1), at);
        }
        String name = m.group(2);
        // Glued to a word or a path ("a:b:", "x.org/:p:") it is not a shortcode.
        boolean wordBefore = m.start() > 0 && (Character.isLetterOrDigit(literal.charAt(m.start() - 1))
                || literal.charAt(m.start() - 1) == '/');
        boolean wordAfter = m.end() < literal.length() && Character.isLetterOrDigit(literal.charAt(m.end()));
        if (wordBefore || wordAfter || name.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        int dash = name.indexOf('-');
        if (dash > 0 && dash < name.length() - 1 && page.dialect().iconSets().contains(name.substring(0, dash))) {
            return new Icon(name.substring(0, dash), name.substring(dash + 1), Attributes.EMPTY, at);
        }
        return new Emoji(name, Attributes.EMPTY, at);
    }

    /** Braces meant as an attribute list (they start with {@code .}, {@code #} or {@code key=}), not prose. */
    private static boolean looksLikeAttributeList(String inside) {
        return inside.startsWith(".") || inside.startsWith("#") || inside.matches("^[\\w:-]+=.*");
    }

    /** Plain text, with the page's abbreviations marked. */
    private void plain(String text, int offset, Node source, List<Inline> out) {
        if (text.isEmpty()) {
            return;
        }
        Abbreviations abbreviations = page.abbreviations();
        int from = 0;
        if (text.startsWith("{") && !out.isEmpty() && !(out.get(out.size() - 1) instanceof Text)) {
            // An attribute list for the element before: keep it whole for InlineAttributes.
            Matcher list = AttributeList.AT_START.matcher(text);
            if (list.find()) {
                if (AttributeList.parse(list.group(1)).isPresent()) {
                    out.add(new Text(list.group(), Attributes.EMPTY, page.position(source, offset)));
                    from = list.end();
                } else if (looksLikeAttributeList(list.group(1))) {
                    page.warn("attr-list-invalid", "not a valid attribute list, kept as text: " + list.group(),
                            page.position(source, offset));
                }
            }
        }
        Abbreviations.Match match;
        while ((match = abbreviations.find(text, from)) != null) {
            if (match.start() > from) {
                out.add(new Text(text.substring(from, match.start()), Attributes.EMPTY,
                        page.position(source, offset + from)));
            }
            out.add(new Abbreviation(match.term(), match.title(), Attributes.EMPTY,
                    page.position(source, offset + match.start())));
            from = match.end();
        }
        if (from < text.length()) {
            out.add(new Text(text.substring(from), Attributes.EMPTY, page.position(source, offset + from)));
        }
    }
}
