package dev.folio.render.html.internal;

import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.doc.Abbreviation;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.Code;
import dev.folio.model.doc.CodeBlock;
import dev.folio.model.doc.Heading;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Node;
import dev.folio.model.doc.Text;
import dev.folio.model.doc.Traversal;

import java.util.ArrayList;
import java.util.List;

/**
 * The search index of one language, built at build time and written as a script
 * ({@code _folio/search/<lang>.js}) that the page loads when the reader first uses the search box, so
 * search works offline and from {@code file:} URLs. One entry per page: its title, its URL relative to
 * the output folder, and its sections (heading, anchor, text). Ranking and word segmentation happen
 * in {@code folio.js}.
 */
final class SearchIndex {
    static final String FOLDER = ThemeAssets.FOLDER + "/search/";

    private SearchIndex() {
    }

    static String path(String language) {
        return FOLDER + language + ".js";
    }

    static String of(Site site, String language) {
        StringBuilder js = new StringBuilder(64 * 1024);
        js.append("window.folioSearchIndex=[");
        boolean first = true;
        for (Page page : site.pages(language)) {
            if (!first) {
                js.append(',');
            }
            first = false;
            js.append("\n{\"t\":");
            string(js, page.title());
            js.append(",\"u\":");
            string(js, language + "/" + site.config().urlStyle().linkPath(page.sourcePath()));
            js.append(",\"s\":[");
            List<Section> sections = sections(page);
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                js.append(i == 0 ? "" : ",").append('[');
                string(js, section.heading);
                js.append(',');
                string(js, section.id);
                js.append(',');
                string(js, section.text, true);
                js.append(']');
            }
            js.append("]}");
        }
        return js.append("\n];\n").toString();
    }

    private static final class Section {
        final String heading;
        final String id;
        final StringBuilder text = new StringBuilder();

        Section(String heading, String id) {
            this.heading = heading;
            this.id = id;
        }
    }

    /** The page's text cut at its headings; text before the first heading belongs to the page itself. */
    private static List<Section> sections(Page page) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("", ""));
        for (Block block : page.document().blocks()) {
            collect(block, sections);
        }
        for (Node note : page.document().footnotes()) {
            collect(note, sections);
        }
        if (sections.get(0).text.toString().isBlank() && sections.size() > 1) {
            sections.remove(0);
        }
        return sections;
    }

    /** Depth first in document order; a heading starts a section and its own text is the section's title. */
    private static void collect(Node node, List<Section> sections) {
        StringBuilder text = sections.get(sections.size() - 1).text;
        if (node instanceof Heading heading) {
            sections.add(new Section(heading.text(), heading.id()));
            return;
        } else if (node instanceof Text plain) {
            text.append(plain.literal());
        } else if (node instanceof Code code) {
            text.append(code.literal());
        } else if (node instanceof Abbreviation abbreviation) {
            text.append(abbreviation.term());
        } else if (node instanceof CodeBlock code) {
            text.append(' ').append(code.code()).append(' ');
        } else if (!(node instanceof Inline)) {
            text.append(' ');
        }
        for (Node child : Traversal.children(node)) {
            collect(child, sections);
        }
    }

    private static void string(StringBuilder js, String value) {
        string(js, value, false);
    }

    /**
     * A JSON string that is also safe inside a script ({@code </script>}, U+2028/2029 escaped). With
     * {@code collapse}, as {@code value.replaceAll("\\s+", " ").strip()} would give, in the same pass: runs of
     * ASCII whitespace become one space, and whitespace at either end goes.
     */
    private static void string(StringBuilder js, CharSequence value, boolean collapse) {
        int start = 0;
        int end = value.length();
        if (collapse) {
            while (start < end && Character.isWhitespace(value.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
                end--;
            }
        }
        js.append('"');
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (collapse && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                space = true;
                continue;
            }
            if (space) {
                js.append(' ');
                space = false;
            }
            switch (c) {
                case '"' -> js.append("\\\"");
                case '\\' -> js.append("\\\\");
                case '\n' -> js.append("\\n");
                case '\r' -> js.append("\\r");
                case '\t' -> js.append("\\t");
                case '<' -> js.append("\\u003c");
                case '>' -> js.append("\\u003e");
                case '&' -> js.append("\\u0026");
                case '\u2028' -> js.append("\\u2028");
                case '\u2029' -> js.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        js.append(String.format("\\u%04x", (int) c));
                    } else {
                        js.append(c);
                    }
                }
            }
        }
        js.append('"');
    }
}
