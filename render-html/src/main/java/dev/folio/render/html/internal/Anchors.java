package dev.folio.render.html.internal;

import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.doc.FootnoteDefinition;
import dev.folio.model.doc.FootnoteReference;
import dev.folio.model.doc.Heading;
import dev.folio.model.doc.HtmlBlock;
import dev.folio.model.doc.Node;
import dev.folio.model.doc.RawInline;
import dev.folio.model.doc.Traversal;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The anchors of the site's pages, for link checking, and the extra anchors that make the primary
 * language's heading ids work in a translation. MkDocs gives Hebrew, Cyrillic or Chinese headings ids
 * {@code _1}, {@code _2}…, so a translated link to {@code common-threats.md#security-and-privacy}
 * points nowhere; when a translation's headings have the same levels in the same order as the
 * primary page's, each translated heading also carries the primary heading's id. Thread-safe.
 */
final class Anchors {

    private final Site site;
    private final Map<String, Map<Heading, String>> primaryIds = new ConcurrentHashMap<>();
    private final dev.folio.model.CrossReferences crossReferences;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> ownIds = new ConcurrentHashMap<>();

    private final FootnoteSettings footnotes;

    Anchors(Site site, FootnoteSettings footnotes) {
        this.site = site;
        this.footnotes = footnotes;
        this.crossReferences = new dev.folio.model.CrossReferences(site);
    }

    /** Where {@code [text][identifier]} on {@code page} leads (mkdocs-autorefs), if anything has that anchor. */
    java.util.Optional<dev.folio.model.doc.LinkTarget.Internal> crossReference(Page page, String identifier) {
        return crossReferences.resolve(page, identifier);
    }

    /** For a translated page: the primary language's id of each heading, where it differs and is free. */
    Map<Heading, String> primaryIds(Page page) {
        return primaryIds.computeIfAbsent(key(page), k -> computePrimaryIds(page));
    }

    /** Whether the page has an element with this id (headings, attribute lists, footnotes, raw HTML). */
    boolean has(Page page, String id) {
        return ids.computeIfAbsent(key(page), k -> computeIds(page)).contains(id);
    }

    private Map<Heading, String> computePrimaryIds(Page page) {
        String primaryLanguage = site.config().defaultLanguage();
        if (page.language().equals(primaryLanguage)) {
            return Map.of();
        }
        Page primary = site.page(primaryLanguage, page.sourcePath()).orElse(null);
        if (primary == null) {
            return Map.of();
        }
        List<Heading> translated = page.document().headings();
        List<Heading> original = primary.document().headings();
        if (translated.size() != original.size()) {
            return Map.of();
        }
        for (int i = 0; i < translated.size(); i++) {
            if (translated.get(i).level() != original.get(i).level()) {
                return Map.of();
            }
        }
        Set<String> taken = new HashSet<>(ownIds(page));
        Map<Heading, String> extra = new IdentityHashMap<>();
        for (int i = 0; i < translated.size(); i++) {
            String id = original.get(i).id();
            if (!id.isEmpty() && taken.add(id)) {
                extra.put(translated.get(i), id);
            }
        }
        return Collections.unmodifiableMap(extra);
    }

    private Set<String> computeIds(Page page) {
        Map<Heading, String> extra = primaryIds(page);
        if (extra.isEmpty()) {
            return ownIds(page);
        }
        Set<String> all = new HashSet<>(ownIds(page));
        all.addAll(extra.values());
        return Set.copyOf(all);
    }

    /** The ids a page's own nodes carry; collected once (a translation needs them twice: above and in {@link #has}). */
    private Set<String> ownIds(Page page) {
        return ownIds.computeIfAbsent(key(page), k -> {
            Set<String> ids = new HashSet<>();
            Traversal.nodes(page.document()).forEach(node -> collect(node, ids));
            return Set.copyOf(ids);
        });
    }

    private void collect(Node node, Set<String> ids) {
        if (!node.attributes().id().isEmpty()) {
            ids.add(node.attributes().id());
        }
        if (node instanceof FootnoteDefinition note) {
            ids.add(footnotes.noteId(note.number()));
        } else if (node instanceof FootnoteReference reference && reference.isDefined()) {
            ids.add(footnotes.referenceId(reference.number(), reference.occurrence()));
        } else if (node instanceof HtmlBlock html) {
            rawIds(html.html(), ids);
        } else if (node instanceof RawInline html) {
            rawIds(html.html(), ids);
        }
    }

    /**
     * The values of {@code id="…"} attributes in raw HTML, as the pattern {@code \\bid\\s*=\\s*["']([^"']+)["']} finds
     * them; scanned from each {@code id} instead of trying the pattern at every character, which cost a tenth
     * of rendering a page on sites with much raw HTML.
     */
    static void rawIds(String html, Set<String> ids) {
        int length = html.length();
        int from = 0;
        for (int at = html.indexOf("id", from); at >= 0; at = html.indexOf("id", from)) {
            from = at + 1;
            if (at > 0 && isWordCharacter(html.charAt(at - 1))) {
                continue;
            }
            int equals = skipSpaces(html, at + 2);
            if (equals == length || html.charAt(equals) != '=') {
                continue;
            }
            int quote = skipSpaces(html, equals + 1);
            if (quote == length || html.charAt(quote) != '"' && html.charAt(quote) != '\'') {
                continue;
            }
            int end = quote + 1;
            while (end < length && html.charAt(end) != '"' && html.charAt(end) != '\'') {
                end++;
            }
            if (end == length || end == quote + 1) {
                continue;
            }
            ids.add(html.substring(quote + 1, end));
            from = end + 1;
        }
    }

    /** What {@code \\b} counts as a word character. */
    private static boolean isWordCharacter(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** The index of the first character from {@code from} that {@code \\s} does not match. */
    private static int skipSpaces(String html, int from) {
        int at = from;
        while (at < html.length() && " \t\n\u000B\f\r".indexOf(html.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    private static String key(Page page) {
        return page.language() + "/" + page.sourcePath();
    }
}
