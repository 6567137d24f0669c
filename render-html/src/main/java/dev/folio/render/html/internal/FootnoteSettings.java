package dev.folio.render.html.internal;

import dev.folio.render.kit.Escaping;

import java.util.Map;

/**
 * Python-Markdown's footnotes options that change the output: {@code BACKLINK_TEXT} (HTML, {@code &#8617;}),
 * {@code BACKLINK_TITLE} ({@code %d} or <code>{}</code> the number), {@code SUPERSCRIPT_TEXT} (<code>{}</code> the
 * number), {@code SEPARATOR} between {@code fn}/{@code fnref} and the number ({@code :}), and {@code UNIQUE_IDS}, the
 * prefix Python-Markdown gives every id of a page then ({@code 2-}, as MkDocs converts each page once).
 */
record FootnoteSettings(String backlinkText, String backlinkTitle, String superscriptText, String separator,
        boolean uniqueIds) {
    static final FootnoteSettings DEFAULT = new FootnoteSettings("&#8617;", "Jump back to footnote %d in the text", "{}",
            ":", false);

    static FootnoteSettings of(Map<String, Object> config) {
        Map<?, ?> options = MarkdownExtensions.options(config, "footnotes");
        Object unique = options.get("UNIQUE_IDS");
        return new FootnoteSettings(text(options.get("BACKLINK_TEXT"), DEFAULT.backlinkText()),
                text(options.get("BACKLINK_TITLE"), DEFAULT.backlinkTitle()),
                text(options.get("SUPERSCRIPT_TEXT"), DEFAULT.superscriptText()),
                text(options.get("SEPARATOR"), DEFAULT.separator()),
                unique instanceof Boolean flag ? flag : unique != null && String.valueOf(unique).equalsIgnoreCase("true"));
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value);
    }

    /** The id of footnote {@code number}'s list item: {@code fn:1}. */
    String noteId(int number) {
        return "fn" + separator + prefix() + number;
    }

    /** {@code fnref:1} for the first reference to footnote 1, then {@code fnref2:1}, {@code fnref3:1}, … */
    String referenceId(int number, int occurrence) {
        return (occurrence <= 1 ? "fnref" : "fnref" + occurrence) + separator + prefix() + number;
    }

    /** The reference's text, as HTML. */
    String superscript(int number) {
        return Escaping.html(superscriptText.replace("{}", String.valueOf(number)));
    }

    /** The back link's title. */
    String title(int number) {
        return backlinkTitle.replace("%d", String.valueOf(number)).replace("{}", String.valueOf(number));
    }

    private String prefix() {
        return uniqueIds ? "2-" : "";
    }
}
