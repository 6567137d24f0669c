package dev.folio.render.html.internal;

import dev.folio.render.kit.Escaping;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration text that MkDocs writes unescaped, such as {@code copyright}, made safe: simple inline
 * tags ({@code a b strong i em small span br code sup sub}) and character references are kept, a link
 * keeps only an {@code http(s)}, {@code mailto} or relative {@code href} and a {@code title}; every other
 * {@code <}, {@code >} or {@code &} is escaped, so no script, style or event handler gets through.
 */
final class SafeInlineHtml {
    private static final Set<String> TAGS = Set.of("a", "b", "strong", "i", "em", "small", "span", "br", "code",
            "sup", "sub");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^<>]*?)?)\\s*/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

    private SafeInlineHtml() {
    }

    static String of(String html) {
        StringBuilder out = new StringBuilder(html.length() + 16);
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(html).region(i, html.length());
                if (tag.lookingAt() && TAGS.contains(tag.group(2).toLowerCase(Locale.ROOT))) {
                    appendTag(out, tag.group(1).equals("/"), tag.group(2).toLowerCase(Locale.ROOT), tag.group(3));
                    i = tag.end();
                    continue;
                }
                out.append("&lt;");
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (entity.lookingAt()) {
                    out.append(entity.group());
                    i = entity.end();
                    continue;
                }
                out.append("&amp;");
            } else if (c == '>') {
                out.append("&gt;");
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    private static void appendTag(StringBuilder out, boolean closing, String name, String attributes) {
        out.append('<');
        if (closing) {
            out.append('/').append(name).append('>');
            return;
        }
        out.append(name);
        if (name.equals("a")) {
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                if (key.equals("href") && isSafeUrl(value) || key.equals("title")) {
                    out.append(' ').append(key).append("=\"");
                    Escaping.htmlAttribute(out, value);
                    out.append('"');
                }
            }
        }
        out.append('>');
    }

    private static boolean isSafeUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        int slash = lower.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return !hasScheme || lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:");
    }
}
