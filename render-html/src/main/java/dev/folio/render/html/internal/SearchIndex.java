package dev.folio.render.html.internal;

import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.UrlStyle;
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
 * ({@code <lang>.js} in {@link #FOLDER}) that the page loads when the reader first uses the search box, so
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
        JsonStrings strings = new JsonStrings(js);
        js.append("window.folioSearchIndex=[");
        boolean first = true;
        for (Page page : site.pages(language)) {
            if (!first) {
                js.append(',');
            }
            first = false;
            js.append("\n{\"t\":");
            strings.append(page.title());
            js.append(",\"u\":");
            strings.append(site.config().folder(language) + UrlStyle.encoded(site.config().urlStyle().linkPath(page.sourcePath())));
            js.append(",\"s\":[");
            List<Section> sections = sections(page);
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                js.append(i == 0 ? "" : ",").append('[');
                strings.append(section.heading);
                js.append(',');
                strings.append(section.id);
                js.append(',');
                strings.append(section.text, true);
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

    /**
     * Appends JSON strings that are also safe inside a script ({@code </script>}, U+2028/2029 escaped). Each value
     * is read through one reused char array and copied in runs between the characters that need escaping:
     * the index holds all of a language's text, and a call per character was most of the time it took.
     */
    static final class JsonStrings {
        /** ASCII characters written as they are; {@code ' '} too, unless a collapsed run of whitespace starts with it. */
        private static final boolean[] PLAIN = new boolean[128];

        static {
            for (char c = ' '; c < 128; c++) {
                PLAIN[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
            }
        }

        private final StringBuilder js;
        private char[] chars = new char[8 * 1024];

        JsonStrings(StringBuilder js) {
            this.js = js;
        }

        void append(String value) {
            append(value, false);
        }

        /**
         * With {@code collapse}, as {@code value.replaceAll("\\s+", " ").strip()} would give, in the same pass: runs
         * of ASCII whitespace become one space, and whitespace at either end goes.
         */
        void append(CharSequence value, boolean collapse) {
            int length = value.length();
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            char[] text = chars;
            if (value instanceof String string) {
                string.getChars(0, length, text, 0);
            } else if (value instanceof StringBuilder builder) {
                builder.getChars(0, length, text, 0);
            } else {
                value.toString().getChars(0, length, text, 0);
            }
            int start = 0;
            int end = length;
            if (collapse) {
                while (start < end && Character.isWhitespace(text[start])) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text[end - 1])) {
                    end--;
                }
            }
            js.append('"');
            int run = start;
            for (int i = start; i < end; i++) {
                char c = text[i];
                // After trimming, whitespace is never last: text[i + 1] exists when c is a space.
                boolean plain = c < 128 ? PLAIN[c] && !(collapse && c == ' ' && isAsciiSpace(text[i + 1]))
                        : c != '\u2028' && c != '\u2029';
                if (plain) {
                    continue;
                }
                js.append(text, run, i - run);
                if (collapse && isAsciiSpace(c)) {
                    while (isAsciiSpace(text[i + 1])) {
                        i++;
                    }
                    js.append(' ');
                } else {
                    escape(c);
                }
                run = i + 1;
            }
            js.append(text, run, end - run).append('"');
        }

        private void escape(char c) {
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
                default -> js.append(String.format("\\u%04x", (int) c));
            }
        }

        private static boolean isAsciiSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }
}
