package dev.folio.render.kit;

/**
 * The escaping rules of the two markup syntaxes a backend writes: HTML as Python-Markdown and the theme's templates
 * write it (web pages must keep MkDocs' bytes), and XML (print engines parse XHTML, which must be well-formed).
 */
public final class Escaping {
    private Escaping() {
    }

    /** HTML text content: {@code & < >} escaped. */
    public static String html(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        html(out, value);
        return out.toString();
    }

    /** HTML text content: {@code & < >} escaped. */
    public static void html(StringBuilder out, String value) {
        escape(out, value, false, false);
    }

    /** An HTML attribute value inside double quotes: {@code & < > "} escaped. */
    public static void htmlAttribute(StringBuilder out, String value) {
        escape(out, value, true, false);
    }

    /**
     * FreeMarker's HTML escaping ({@code < > & " '}), as the page templates apply it: HTML written in Java
     * in place of a template part keeps the template's bytes.
     */
    public static void template(StringBuilder out, String value) {
        escape(out, value, true, true);
    }

    /**
     * XML text or attribute value: {@code < > &} (and {@code "} in attributes) escaped, characters XML 1.0 forbids
     * dropped (C0 controls but tab and newlines, unpaired surrogates, U+FFFE/FFFF); in attributes, tabs and
     * newlines become spaces, as an XML parser would normalise them anyway. {@code filter} sees every character
     * that is kept and writes it (or what stands for it).
     */
    public static void xml(StringBuilder out, String text, boolean attribute, CharacterFilter filter) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\t', '\r' -> out.append(attribute ? ' ' : c);
                default -> {
                    if (isXmlChar(c, text, i)) {
                        filter.append(out, c, attribute);
                    }
                }
            }
        }
    }

    /** What a backend writes for a character its engine cannot show as it is (see {@link #xml}). */
    @FunctionalInterface
    public interface CharacterFilter {
        /** Every character as it is. */
        CharacterFilter NONE = (out, c, attribute) -> out.append(c);

        void append(StringBuilder out, char c, boolean attribute);
    }

    /** An element or attribute name that cannot break out of the tag: letters, digits, {@code - _ : .}. */
    public static boolean isSafeName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code & < >} as entities, and {@code "} and {@code '} when asked; the text between them copied in runs,
     * not char by char (all of a site's text passes here).
     */
    private static void escape(StringBuilder out, String value, boolean quote, boolean apostrophe) {
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > '>') {
                continue;
            }
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> quote ? "&quot;" : null;
                case '\'' -> apostrophe ? "&#39;" : null;
                default -> null;
            };
            if (entity != null) {
                out.append(value, run, i).append(entity);
                run = i + 1;
            }
        }
        out.append(value, run, value.length());
    }

    private static boolean isXmlChar(char c, String text, int i) {
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }
}
