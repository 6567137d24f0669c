package dev.folio.render.kit;

import dev.folio.model.doc.Attributes;

import org.jspecify.annotations.Nullable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes markup that is balanced by construction: every element started is ended in order, every text and
 * attribute value is escaped by the syntax's rules, and {@link #raw} is the one way to write markup as it is.
 *
 * <pre>{@code
 * out.start("p", paragraph.attributes(), Map.of()).text("Hello").end().newline();   // <p>Hello</p>
 * }</pre>
 *
 * <p>{@link Syntax#HTML} writes the bytes Python-Markdown writes ({@code <td></td>}, {@code <hr />}, attributes in
 * alphabetical order); {@link Syntax#XHTML} writes well-formed XML for print engines ({@code <td/>}, characters XML
 * forbids dropped). A print engine that lays boxes out recursively can also be protected from depth: elements
 * nested deeper than {@link #limitDepth} are not written (their text is), and {@link #flattened()} says so.
 */
public final class MarkupWriter {
    /** How elements, text and attributes are spelled. */
    public enum Syntax {
        /** HTML as Python-Markdown writes it: {@code & < >} escaped in text, void elements as {@code <hr />}. */
        HTML,
        /** XML: well-formed for a parser, childless elements as {@code <td/>}. */
        XHTML
    }

    private final Syntax syntax;
    private final StringBuilder out;
    /** Every element started and not yet ended, written or not: those beyond maxDepth are not. */
    private final Deque<String> open = new ArrayDeque<>();
    private int maxDepth = Integer.MAX_VALUE;
    private int classedDepth = Integer.MAX_VALUE;
    private String deepClass = "";
    private Escaping.CharacterFilter filter = Escaping.CharacterFilter.NONE;

    private boolean inStartTag;
    /** The element just started was not written: its attributes are not either. */
    private boolean inSkippedStartTag;
    private boolean flattened;
    /** The element just started is deeper than classedDepth: its class attribute gets deepClass. */
    private boolean inDeepStartTag;
    private boolean deepClassWritten;

    /** A point to go back to with {@link #reset}: what was written and which elements were open. */
    public record Mark(int length, int depth, boolean inStartTag, boolean inSkippedStartTag, boolean inDeepStartTag,
            boolean deepClassWritten) {
    }

    public MarkupWriter(Syntax syntax) {
        this(syntax, 8192);
    }

    public MarkupWriter(Syntax syntax, int capacity) {
        this.syntax = syntax;
        this.out = new StringBuilder(capacity);
    }

    /** Elements deeper than {@code depth} are left out, their text written into the deepest element written. */
    public MarkupWriter limitDepth(int depth) {
        this.maxDepth = depth;
        return this;
    }

    /** Elements deeper than {@code depth} get {@code className} added to their classes (a style can undo indents). */
    public MarkupWriter classDeeperThan(int depth, String className) {
        this.classedDepth = depth;
        this.deepClass = className;
        return this;
    }

    /** XHTML only: what is written for the characters an engine cannot show as they are. */
    public MarkupWriter filter(Escaping.CharacterFilter characters) {
        this.filter = characters;
        return this;
    }

    // ---- elements ----

    /** Starts an element; its attributes may follow with {@link #attr}. */
    public MarkupWriter start(String name) {
        closeStartTag();
        open.push(name);
        if (open.size() > maxDepth) {
            inSkippedStartTag = true;
            flattened = true;
            return this;
        }
        out.append('<').append(name);
        inStartTag = true;
        inDeepStartTag = open.size() > classedDepth;
        deepClassWritten = false;
        return this;
    }

    /**
     * Starts an element with a node's own attributes merged with generated ones, sorted by name as
     * Python-Markdown writes them: generated classes come first in {@code class}; for other names the node's own
     * value wins; attribute names that could break out of the tag are left out.
     */
    public MarkupWriter start(String name, Attributes own, Map<String, String> generated) {
        start(name);
        if (own.isEmpty()) {
            if (generated.size() <= 1 || generated instanceof TreeMap) {
                generated.forEach(this::attribute);
            } else {
                new TreeMap<>(generated).forEach(this::attribute);
            }
            return this;
        }
        Map<String, String> all = new TreeMap<>(generated);
        if (!own.id().isEmpty()) {
            all.put("id", own.id());
        }
        if (!own.classes().isEmpty()) {
            String mine = String.join(" ", own.classes());
            all.merge("class", mine, (first, second) -> first + " " + second);
        }
        for (Attributes.Attribute pair : own.pairs()) {
            if (Escaping.isSafeName(pair.name())) {
                all.put(pair.name(), pair.value());
            }
        }
        all.forEach(this::attribute);
        return this;
    }

    /** An attribute of the element just started; null and empty values are left out. */
    public MarkupWriter attr(String name, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            attribute(name, value);
        }
        return this;
    }

    /** Ends the innermost element: {@code </p>}, or in XHTML {@code <p/>} when it holds nothing. */
    public MarkupWriter end() {
        boolean written = open.size() <= maxDepth;
        String name = open.pop();
        if (!written) {
            inSkippedStartTag = false;
        } else if (inStartTag && syntax == Syntax.XHTML) {
            deepClass();
            out.append("/>");
            inStartTag = false;
        } else {
            closeStartTag();
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** Ends the element just started as a void element: {@code <hr />} in HTML, {@code <hr/>} in XHTML. */
    public MarkupWriter endVoid() {
        boolean written = open.size() <= maxDepth;
        open.pop();
        if (!written) {
            inSkippedStartTag = false;
            return this;
        }
        if (!inStartTag) {
            throw new IllegalStateException("a void element holds nothing");
        }
        deepClass();
        out.append(syntax == Syntax.HTML ? " />" : "/>");
        inStartTag = false;
        return this;
    }

    /** A childless element with its attributes given as name, value pairs. */
    public MarkupWriter empty(String name, String... attributes) {
        start(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attr(attributes[i], attributes[i + 1]);
        }
        return end();
    }

    /** An element holding only text, with a class unless it is empty. */
    public MarkupWriter element(String name, String className, String text) {
        return start(name).attr("class", className).text(text).end();
    }

    // ---- content ----

    public MarkupWriter text(String text) {
        closeStartTag();
        if (syntax == Syntax.HTML) {
            Escaping.html(out, text);
        } else {
            Escaping.xml(out, text, false, filter);
        }
        return this;
    }

    /** Markup written as it is: the caller answers for its balance and escaping. */
    public MarkupWriter raw(CharSequence markup) {
        closeStartTag();
        out.append(markup);
        return this;
    }

    /** Part of a string written as it is. */
    public MarkupWriter raw(CharSequence markup, int from, int to) {
        closeStartTag();
        out.append(markup, from, to);
        return this;
    }

    public MarkupWriter raw(char c) {
        closeStartTag();
        out.append(c);
        return this;
    }

    public MarkupWriter raw(int number) {
        closeStartTag();
        out.append(number);
        return this;
    }

    /** A line break in the markup (Python-Markdown puts one after each block). */
    public MarkupWriter newline() {
        return raw('\n');
    }

    /**
     * A style sheet's text, escaped as XML text except that a child combinator stays {@code >}, which XML allows
     * there: HTML parsers (a print engine's, a browser's) do not decode {@code &gt;} inside a style element.
     */
    public MarkupWriter styleText(String css) {
        closeStartTag();
        int from = out.length();
        Escaping.xml(out, css, false, Escaping.CharacterFilter.NONE);
        for (int at = out.indexOf("&gt;", from); at >= 0; at = out.indexOf("&gt;", at + 1)) {
            if (!(at >= 2 && out.charAt(at - 1) == ']' && out.charAt(at - 2) == ']')) {
                out.replace(at, at + 4, ">");
            }
        }
        return this;
    }

    // ---- positions ----

    /** How many elements are open: a mark to {@link #closeTo(int)} later. */
    public int depth() {
        return open.size();
    }

    /** The name of the element open at a depth, 1 being the outermost. */
    public String nameAtDepth(int depth) {
        int fromTop = open.size() - depth;
        var it = open.iterator();
        for (int i = 0; i < fromTop; i++) {
            it.next();
        }
        return it.next();
    }

    /** Ends elements until {@code depth} are open. */
    public void closeTo(int depth) {
        while (open.size() > depth) {
            end();
        }
    }

    public Mark mark() {
        return new Mark(out.length(), open.size(), inStartTag, inSkippedStartTag, inDeepStartTag, deepClassWritten);
    }

    /** Forgets everything written since the mark: a block that failed half-way leaves nothing behind. */
    public void reset(Mark mark) {
        out.setLength(mark.length());
        while (open.size() > mark.depth()) {
            open.pop();
        }
        inStartTag = mark.inStartTag();
        inSkippedStartTag = mark.inSkippedStartTag();
        inDeepStartTag = mark.inDeepStartTag();
        deepClassWritten = mark.deepClassWritten();
    }

    /** Whether elements were left out for being nested too deep since {@link #clearFlattened()}. */
    public boolean flattened() {
        return flattened;
    }

    public void clearFlattened() {
        flattened = false;
    }

    /** How much has been written: a mark for {@link #since(int)}. */
    public int length() {
        return out.length();
    }

    /** What was written since a mark. */
    public CharSequence since(int mark) {
        return out.subSequence(mark, out.length());
    }

    /** The last character written, or {@code 0} when nothing was. */
    public char last() {
        return out.length() == 0 ? 0 : out.charAt(out.length() - 1);
    }

    /** Ends every open element and returns all that was written. */
    public String finish() {
        closeTo(0);
        closeStartTag();
        return out.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attribute(String name, String value) {
        if (inSkippedStartTag) {
            return;
        }
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        out.append(' ').append(name).append("=\"");
        if (syntax == Syntax.HTML) {
            Escaping.htmlAttribute(out, value);
        } else {
            Escaping.xml(out, value, true, filter);
        }
        if (inDeepStartTag && name.equals("class")) {
            out.append(' ').append(deepClass);
            deepClassWritten = true;
        }
        out.append('"');
    }

    private void closeStartTag() {
        inSkippedStartTag = false;
        if (inStartTag) {
            deepClass();
            out.append('>');
            inStartTag = false;
        }
    }

    private void deepClass() {
        if (inDeepStartTag && !deepClassWritten) {
            out.append(" class=\"").append(deepClass).append('"');
        }
        inDeepStartTag = false;
    }
}
