package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.commonmark.node.Node;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Abbreviation;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Emoji;
import dev.folio.model.doc.Icon;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.Text;

/**
 * Finds what the dialect hides in plain text, in one pass: icon shortcodes ({@code :octicons-home-16:}
 * → icon set + name), emoji shortcodes ({@code :smile:}), footnote references ({@code [^1]}) and the
 * page's abbreviations. Code, raw HTML and link destinations never reach it.
 */
final class TextSplitter {
    private final PageContext page;

    TextSplitter(PageContext page) {
        this.page = page;
    }

    /**
     * Appends the inlines of a text node's literal to {@code out}; {@code inLink}: the text is a link's, where
     * magiclink finds nothing.
     */
    void split(String literal, Node source, boolean shortcodes, boolean inLink, List<Inline> out) {
        if (literal.indexOf(PythonEmphasis.ESCAPE) >= 0 && literal.indexOf('{') >= 0) {
            literal = unescapeAttributeLists(literal);
        }
        int from = 0;
        int escape;
        while ((escape = literal.indexOf(PythonEmphasis.ESCAPE, from)) >= 0 && escape + 1 < literal.length()) {
            // An escaped character: text that no syntax sees, between two texts read on their own.
            segment(literal.substring(from, escape), from, source, shortcodes, inLink, out);
            int end = escape + (Character.isHighSurrogate(literal.charAt(escape + 1)) ? 3 : 2);
            String character = literal.substring(escape + 1, Math.min(end, literal.length()));
            out.add(new Text(character, Attributes.EMPTY, page.position(source, escape)));
            from = end;
        }
        segment(literal.substring(Math.min(from, literal.length())).replace(String.valueOf(PythonEmphasis.ESCAPE), ""),
                from, source, shortcodes, inLink, out);
    }

    /** {@code literal} is the part of the text node's literal from {@code base}, without escapes. */
    private void segment(String literal, int base, Node source, boolean shortcodes, boolean inLink,
            List<Inline> out) {
        Optional<MagicLink> magic = page.dialect().magicLink();
        if (magic.isEmpty() || inLink) {
            split(literal, base, source, shortcodes, out);
            return;
        }
        int from = 0;
        for (MagicLink.Found link : magic.get().find(literal)) {
            if (insideAttributeList(literal, link.start())) {
                continue; // {: #8.0 } is the element's id, read later, as attr_list reads it before magiclink
            }
            split(literal.substring(from, link.start()), base + from, source, shortcodes, out);
            out.add(link(link, page.position(source, base + link.start())));
            from = link.end();
        }
        split(literal.substring(from), base + from, source, shortcodes, out);
    }

    private static final java.util.regex.Pattern ATTRIBUTE_LIST = java.util.regex.Pattern.compile("\\{:?[ ]*([^}\\n ][^}\\n]*)[ ]*}");

    /** Whether {@code at} is inside braces that read as an attribute list. */
    private static boolean insideAttributeList(String literal, int at) {
        int open = literal.lastIndexOf('{', at);
        if (open < 0) {
            return false;
        }
        Matcher list = ATTRIBUTE_LIST.matcher(literal).region(open, literal.length());
        return list.lookingAt() && list.end() > at && AttributeList.parse(list.group(1)).isPresent();
    }

    /** Escapes inside an attribute list ({@code {: #\\8.0 }}) are its characters, as attr_list reads them. */
    private static String unescapeAttributeLists(String literal) {
        Matcher list = ATTRIBUTE_LIST.matcher(literal);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (list.find()) {
            String plain = list.group().replace(String.valueOf(PythonEmphasis.ESCAPE), "");
            Matcher inside = ATTRIBUTE_LIST.matcher(plain);
            if (plain.length() < list.group().length() && inside.matches()
                    && AttributeList.parse(inside.group(1)).isPresent()) {
                out.append(literal, from, list.start()).append(plain);
                from = list.end();
            }
        }
        return from == 0 ? literal : out.append(literal.substring(from)).toString();
    }

    /** A link magiclink made. */
    Link link(MagicLink.Found link, SourcePosition at) {
        return new Link(page.links().resolve(link.href()), link.title().isEmpty() ? Optional.empty()
                : Optional.of(link.title()), List.of(new Text(link.text(), Attributes.EMPTY, at)),
                link.classes().isEmpty() ? Attributes.EMPTY : Attributes.ofClasses(link.classes().toArray(String[]::new)),
                at);
    }

    /** {@code literal} is the part of the text node's literal from {@code base}. */
    private void split(String literal, int base, Node source, boolean shortcodes, List<Inline> out) {
        int plainFrom = 0;
        int searchFrom = 0;
        Token token;
        boolean wiki = page.dialect().wikiLinks().isPresent();
        while (shortcodes && searchFrom < literal.length() && (token = Token.next(literal, searchFrom, wiki)) != null) {
            Inline special = special(token, literal, base, source);
            if (special == null) {
                // Left as text, as pymdownx leaves it: in ":a:smile:" the colon after "a" opens nothing.
                searchFrom = token.end();
                continue;
            }
            plain(literal.substring(plainFrom, token.start()), base + plainFrom, source, out);
            out.add(special);
            plainFrom = token.end();
            searchFrom = token.end();
        }
        plain(literal.substring(plainFrom), base + plainFrom, source, out);
    }

    private Inline special(Token token, String literal, int base, Node source) {
        SourcePosition at = page.position(source, base + token.start());
        if (token.wiki() != null) {
            return page.dialect().wikiLinks().get().link(token.wiki(), at);
        }
        if (token.footnote() != null) {
            return page.footnotes().reference(token.footnote(), at);
        }
        String name = token.name();
        Optional<EmojiIndex> index = page.dialect().emoji();
        if (index.isEmpty()) {
            return null;
        }
        Optional<Emoji> emoji = index.get().emoji(name, at);
        if (emoji.isPresent()) {
            return emoji.get();
        }
        int dash = name.indexOf('-');
        if (index.get().icons() && dash > 0 && dash < name.length() - 1
                && page.dialect().iconSets().contains(name.substring(0, dash))) {
            return new Icon(name.substring(0, dash), name.substring(dash + 1), Attributes.EMPTY, at);
        }
        // pymdownx leaves an unknown shortcode as text, silently; one that reads like a name is worth a word.
        boolean wordBefore = token.start() > 0 && (Character.isLetterOrDigit(literal.charAt(token.start() - 1))
                || literal.charAt(token.start() - 1) == '/');
        boolean wordAfter = token.end() < literal.length() && Character.isLetterOrDigit(literal.charAt(token.end()));
        if (!wordBefore && !wordAfter && name.chars().anyMatch(Character::isLetter)) {
            page.warn("unknown-emoji", "unknown emoji :" + name + ": is left as text (the " + index.get().name()
                    + " index has no such name)", at);
        }
        return null;
    }

    /**
     * A footnote reference {@code [^label]} (label: no {@code ]} or whitespace) or a shortcode candidate
     * {@code :name:} (name: ASCII letters, digits, {@code _+-}), from {@code start} to {@code end}. Found
     * by a hand-written scan: a regex search ran over every text of every page and cost a tenth of the
     * parse.
     */
    private record Token(int start, int end, String footnote, String name, String wiki) {
        Token(int start, int end, String footnote, String name) {
            this(start, end, footnote, name, null);
        }

        /** The leftmost token at or after {@code from}, or null. */
        static Token next(String text, int from, boolean wiki) {
            int length = text.length();
            for (int i = from; i < length; i++) {
                char c = text.charAt(i);
                if (c == '[') {
                    if (wiki && i + 1 < length && text.charAt(i + 1) == '[') {
                        int j = i + 2;
                        while (j < length && WikiLinks.isLabelChar(text.charAt(j))) {
                            j++;
                        }
                        if (j > i + 2 && j + 1 < length && text.charAt(j) == ']' && text.charAt(j + 1) == ']') {
                            return new Token(i, j + 2, null, null, text.substring(i + 2, j));
                        }
                    }
                    if (i + 1 < length && text.charAt(i + 1) == '^') {
                        int j = i + 2;
                        while (j < length && text.charAt(j) != ']' && !isRegexSpace(text.charAt(j))) {
                            j++;
                        }
                        if (j > i + 2 && j < length && text.charAt(j) == ']') {
                            return new Token(i, j + 1, text.substring(i + 2, j), null);
                        }
                    }
                } else if (c == ':') {
                    int j = i + 1;
                    while (j < length && isNameChar(text.charAt(j))) {
                        j++;
                    }
                    if (j > i + 1 && j < length && text.charAt(j) == ':') {
                        return new Token(i, j + 1, null, text.substring(i + 1, j));
                    }
                }
            }
            return null;
        }

        /** Regex {@code \s}: ASCII whitespace only. */
        private static boolean isRegexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }

        private static boolean isNameChar(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '+'
                    || c == '-';
        }
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
                text(text.substring(from, match.start()), page.position(source, offset + from), out);
            }
            out.add(new Abbreviation(match.term(), match.title(), Attributes.EMPTY,
                    page.position(source, offset + match.start())));
            from = match.end();
        }
        if (from < text.length()) {
            text(text.substring(from), page.position(source, offset + from), out);
        }
    }

    /**
     * Plain text, with smart symbols, then smarty's substitutions, when the site enables them (Python-Markdown runs
     * pymdownx.smartsymbols' tree processor before smarty's).
     */
    private void text(String text, SourcePosition at, List<Inline> out) {
        Optional<Smarty> smarty = page.dialect().smarty();
        if (page.dialect().smartSymbols().isEmpty()) {
            smarty(text, at, smarty, out);
            return;
        }
        List<Inline> symbols = new ArrayList<>();
        page.dialect().smartSymbols().get().apply(text, at, symbols);
        for (Inline inline : symbols) {
            if (inline instanceof Text piece) {
                smarty(piece.literal(), at, smarty, out);
            } else {
                out.add(inline);
            }
        }
    }

    private static void smarty(String text, SourcePosition at, Optional<Smarty> smarty, List<Inline> out) {
        if (smarty.isPresent()) {
            smarty.get().apply(text, at, out);
        } else {
            out.add(new Text(text, Attributes.EMPTY, at));
        }
    }
}
