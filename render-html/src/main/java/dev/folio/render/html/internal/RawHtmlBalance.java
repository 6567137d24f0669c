package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;
import dev.folio.render.kit.MarkupWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps a page's raw HTML from breaking the page around it. Folio's own markup is balanced by construction;
 * raw HTML is written as found, so a stray {@code </div>} would close the theme's content column and an
 * unclosed {@code <table>}, {@code <!--} or {@code <script>} would swallow the footer (MkDocs writes both as
 * found, and the page breaks). Across one page's raw fragments, in order, this tracks the elements raw HTML
 * opened, in scopes: the blocks of one container, the inline content of one element. An end tag that closes
 * none of the elements opened in its scope is left out (with a warning); what a scope leaves open is closed
 * where the scope ends, before the element around it ends (a raw {@code <div>} in a quote closes before
 * {@code </blockquote>}, never the theme's {@code <div>} after it). One instance per page; not thread-safe.
 */
final class RawHtmlBalance {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr", "param", "keygen");
    /** Elements whose text is not markup until their end tag: unclosed, they take in the rest of the page. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "plaintext");
    /** Closed by their parent's end tag anyway: not closed at the end, where a stray end tag would add a paragraph. */
    /**
     * Raw elements open at once beyond which a start tag is written as text: browsers stop nesting at 512
     * elements (Blink's parser; jsoup likewise) and put the rest, and the theme's footer, wherever that leaves them.
     */
    static final int MAX_DEPTH = 128;
    /** The elements the theme has open around the content: a stray end tag for one of them would close it. */
    private static final Set<String> THEME = Set.of("div", "main", "article", "body", "html");
    /** Never written: their end tags change how the browser reads everything after them. */
    private static final Set<String> DOCUMENT = Set.of("html", "head", "body");
    private static final Set<String> IMPLIED_END = Set.of("p", "li", "dt", "dd", "option", "optgroup", "rb", "rt", "rp",
            "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption");

    /** Elements raw HTML opened and did not close, innermost last. */
    private final List<String> open = new ArrayList<>();
    private final List<Diagnostic> diagnostics;
    private boolean tooDeepReported;
    /** Where the current scope's elements start in {@link #open}. */
    private int scope;
    /** The fragment ends inside a raw-text element's end tag, which a {@code >} after it must end. */
    private boolean terminateTag;
    /** Inside a comment or a raw-text element's text that an earlier fragment began. */
    private String pendingEnd;

    RawHtmlBalance(List<Diagnostic> diagnostics) {
        this(diagnostics, java.util.Optional.empty());
    }

    /** @param strip pymdownx.striphtml's stripping, applied to each fragment first */
    private final java.util.Optional<StripHtml> strip;

    RawHtmlBalance(List<Diagnostic> diagnostics, java.util.Optional<StripHtml> strip) {
        this.diagnostics = diagnostics;
        this.strip = strip;
    }

    /** Appends a raw fragment, without the end tags that close nothing it or an earlier fragment opened. */
    void append(MarkupWriter out, String written, SourcePosition position) {
        String html = strip.isPresent() ? strip.get().apply(written) : written;
        int at = 0;
        int copied = 0;
        int length = html.length();

        while (at < length) {
            int lt = html.indexOf('<', at);
            if (lt < 0 || lt + 1 >= length) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                pendingEnd = "-->";
                at = endOfRawText(html, lt + 4);
                if (at < 0) {
                    break;
                }
                continue;
            }
            char next = html.charAt(lt + 1);
            if (next == '!' || next == '?' || next == '/' && (lt + 2 >= length || !isAsciiLetter(html.charAt(lt + 2)))) {
                // A declaration, processing instruction or bogus comment: a browser reads it up to the next >.
                int close = html.indexOf('>', lt);
                if (close < 0) {
                    out.raw(html, copied, lt).raw("&lt;");
                    copied = lt + 1;
                    at = lt + 1;
                } else {
                    at = close + 1;
                }
                continue;
            }
            boolean end = next == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            // A tag name runs to a blank, / or >, as a browser's tokenizer reads it (<div"" is element div"").
            while (nameEnd < length && !Character.isWhitespace(html.charAt(nameEnd)) && html.charAt(nameEnd) != '/'
                    && html.charAt(nameEnd) != '>') {
                nameEnd++;
            }
            if (nameEnd == nameStart || !isAsciiLetter(html.charAt(nameStart))) {
                at = lt + 1;
                continue;
            }
            int tagEnd = tagEnd(html, nameEnd);
            if (tagEnd < 0) {
                // A tag cut off (<div class=" at the end): a browser would read on into the page's own markup
                // for its end; written as text instead.
                out.raw(html, copied, lt).raw("&lt;");
                copied = lt + 1;
                at = lt + 1;
                continue;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (end) {
                int opened = open.lastIndexOf(name);
                if (opened >= scope) {
                    // elements opened inside it end with it
                    open.subList(opened, open.size()).clear();
                } else if (opened >= 0 && !THEME.contains(name)) {
                    // Opened by raw HTML around the element this fragment sits in (<a> before a <div markdown>,
                    // </a> inside it): kept, and a browser closes that one with it. Marked closed, not removed:
                    // the scopes' starts are positions in the list.
                    open.set(opened, null);
                } else {
                    // Closes nothing raw HTML opened: a browser would ignore it, or close an element of Folio's or
                    // the theme's with whatever raw HTML opened inside it. Left out; said where it would break the
                    // layout (Privacy Guides has harmless stray </details>, left out without a word).
                    out.raw(html, copied, lt);
                    copied = tagEnd;
                    if (THEME.contains(name)) {
                        diagnostics.add(Diagnostic.warning("raw-html-unbalanced", "</" + name + "> closes no element "
                                + "opened in the page's HTML; left out, as it would close the page's own layout",
                                position));
                    }
                }
                at = tagEnd;
                continue;
            }
            boolean selfClosing = html.charAt(tagEnd - 2) == '/';
            if (!VOID.contains(name) && !selfClosing && open.size() >= MAX_DEPTH) {
                out.raw(html, copied, lt).raw("&lt;");
                copied = lt + 1;
                at = lt + 1;
                if (!tooDeepReported) {
                    tooDeepReported = true;
                    diagnostics.add(Diagnostic.warning("nesting-depth", "raw HTML nested deeper than " + MAX_DEPTH
                            + " elements; the deeper tags are shown as text", position));
                }
                continue;
            }
            if (name.equals("table")) {
                closeTableInTable();
            }
            if (!VOID.contains(name) && !selfClosing) {
                open.add(name);
                if (RAW_TEXT.contains(name)) {
                    pendingEnd = "</" + name;
                    at = endOfRawText(html, tagEnd);
                    if (at < 0) {
                        break;
                    }
                    continue;
                }
            }
            at = tagEnd;
        }
        out.raw(html, copied, length);
        if (terminateTag) {
            out.raw('>');
            terminateTag = false;
        }
        // A comment or script this fragment leaves open ends with it: the markup Folio writes next is never
        // swallowed into it (CommonMark runs such a block to its end, so a real one is never split).
        if (pendingEnd != null) {
            if (pendingEnd.equals("-->")) {
                out.raw("-->");
            } else {
                String name = pendingEnd.substring(2);
                out.raw("</").raw(name).raw('>');
                int opened = open.lastIndexOf(name);
                if (opened >= 0) {
                    open.subList(opened, open.size()).clear();
                }
            }
            pendingEnd = null;
        }
    }

    /**
     * A table started inside a table but not inside one of its cells ends the first one, as a browser's tree
     * builder does, with whatever was opened after it (a {@code <div>} placed before the table): the model
     * must not close those again later, which would close the theme's own.
     */
    private void closeTableInTable() {
        for (int i = open.size() - 1; i >= scope; i--) {
            String name = open.get(i);
            if (name == null) {
                continue;
            }
            if (name.equals("td") || name.equals("th") || name.equals("caption")) {
                return;
            }
            if (name.equals("table")) {
                open.subList(i, open.size()).clear();
                return;
            }
        }
    }

    /** Starts a scope; give what it returns to {@link #leave}. */
    int enter() {
        int outer = scope;
        scope = open.size();
        return outer;
    }

    /** Ends the current scope: what raw HTML opened in it and left open is closed here, innermost first. */
    void leave(MarkupWriter out, int outer) {
        if (pendingEnd != null && "-->".equals(pendingEnd)) {
            out.raw("-->");
        }
        pendingEnd = null;
        for (int i = open.size() - 1; i >= scope; i--) {
            String name = open.get(i);
            if (name != null && !IMPLIED_END.contains(name) && !DOCUMENT.contains(name)) {
                out.raw("</").raw(name).raw('>');
            }
        }
        open.subList(scope, open.size()).clear();
        scope = outer;
    }

    /** Past the end of the comment or raw text in progress, or -1 when this fragment does not end it. */
    private int endOfRawText(String html, int from) {
        boolean comment = "-->".equals(pendingEnd);
        int found = comment ? html.indexOf("-->", from) : indexOfIgnoreCase(html, pendingEnd, from);
        // </script ends a script only as a whole name: followed by a blank, / or > (</scriptt> is text).
        while (!comment && found >= 0 && found + pendingEnd.length() < html.length()
                && !isNameEnd(html.charAt(found + pendingEnd.length()))) {
            found = indexOfIgnoreCase(html, pendingEnd, found + 1);
        }
        if (found < 0) {
            return -1;
        }
        if (comment) {
            pendingEnd = null;
            return found + 3;
        }
        int tagEnd = tagEnd(html, found + pendingEnd.length());
        if (tagEnd < 0) {
            // </script cut off: a browser ends the script there and reads the page's own markup after it as the
            // end tag's attributes, up to its first >. Ended with the fragment instead.
            terminateTag = true;
            tagEnd = html.length();
        }
        String name = pendingEnd.substring(2);
        pendingEnd = null;
        if (!open.isEmpty() && name.equals(open.get(open.size() - 1))) {
            open.remove(open.size() - 1);
        }
        return tagEnd;
    }

    /**
     * Past the {@code >} ending a tag whose name ends at {@code from}, or -1 if this fragment does not end it.
     * Attributes are read as a browser's tokenizer reads them: quotes delimit only a value after {@code =}
     * ({@code <p """=">} holds the attribute {@code """} whose value runs to the next quote).
     */
    private static int tagEnd(String html, int from) {
        int i = from;
        int length = html.length();
        while (i < length) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            // An attribute name: anything up to a blank, /, > or = (its first character may be =).
            i++;
            while (i < length && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '/'
                    && html.charAt(i) != '>' && html.charAt(i) != '=') {
                i++;
            }
            while (i < length && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            if (i >= length || html.charAt(i) != '=') {
                continue;
            }
            i++;
            while (i < length && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            if (i >= length) {
                return -1;
            }
            char quote = html.charAt(i);
            if (quote == '"' || quote == '\'') {
                int close = html.indexOf(quote, i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else {
                while (i < length && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                    i++;
                }
            }
        }
        return -1;
    }

    private static boolean isNameEnd(char c) {
        return Character.isWhitespace(c) || c == '/' || c == '>';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        for (int i = from; i + what.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
