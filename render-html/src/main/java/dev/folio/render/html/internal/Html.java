package dev.folio.render.html.internal;

import dev.folio.model.doc.Attributes;

import java.util.Map;
import java.util.TreeMap;

/** Escaping and attribute writing, the way Python-Markdown writes them (attributes in alphabetical order). */
final class Html {
    private Html() {
    }

    /** Text content: {@code & < >} escaped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        appendText(out, value);
        return out.toString();
    }

    static void appendText(StringBuilder out, String value) {
        appendEscaped(out, value, false, false);
    }

    /** An attribute value inside double quotes. */
    static void appendAttributeValue(StringBuilder out, String value) {
        appendEscaped(out, value, true, false);
    }

    /**
     * FreeMarker's HTML escaping ({@code < > & " '}), as the page templates apply it: HTML written in Java
     * in place of a template part keeps the template's bytes.
     */
    static void appendTemplateEscaped(StringBuilder out, String value) {
        appendEscaped(out, value, true, true);
    }

    /**
     * {@code & < >} as entities, and {@code "} and {@code '} when asked; the text between them copied in runs,
     * not char by char (all of a site's text passes here).
     */
    private static void appendEscaped(StringBuilder out, String value, boolean quote, boolean apostrophe) {
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

    /**
     * Writes {@code generated} attributes merged with a node's own, sorted by name. Generated classes
     * come first in {@code class}; for other names the node's own value wins.
     */
    static void appendAttributes(StringBuilder out, Attributes own, Map<String, String> generated) {
        Map<String, String> all = new TreeMap<>(generated);
        if (!own.id().isEmpty()) {
            all.put("id", own.id());
        }
        if (!own.classes().isEmpty()) {
            String mine = String.join(" ", own.classes());
            all.merge("class", mine, (first, second) -> first + " " + second);
        }
        for (Attributes.Attribute pair : own.pairs()) {
            if (isSafeName(pair.name())) {
                all.put(pair.name(), pair.value());
            }
        }
        all.forEach((name, value) -> {
            out.append(' ').append(name).append("=\"");
            appendAttributeValue(out, value);
            out.append('"');
        });
    }

    /** {@code <tag attributes>}: a node's own attributes merged with generated ones, sorted. */
    static void openTag(StringBuilder out, String tag, Attributes own, Map<String, String> generated) {
        out.append('<').append(tag);
        appendAttributes(out, own, generated);
        out.append('>');
    }

    /** A name that cannot break out of the tag: letters, digits, {@code - _ : .}. */
    static boolean isSafeName(String name) {
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
}
