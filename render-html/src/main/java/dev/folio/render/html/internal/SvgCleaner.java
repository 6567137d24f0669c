package dev.folio.render.html.internal;

import java.util.regex.Pattern;

/**
 * Makes an icon file fit for inlining many times in one page, as Material's minified sets are: no
 * {@code id} (it would repeat), no size (CSS sizes it to the text), no {@code class}, {@code role},
 * {@code aria-*} or {@code <title>} on the icon itself (the surrounding link carries the meaning),
 * no XML prolog.
 */
final class SvgCleaner {
    private static final Pattern PROLOG = Pattern.compile("^\\s*<\\?xml[^>]*>\\s*");
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern DROPPED_ATTRIBUTE = Pattern.compile("\\s(?:id|role|width|height|class|aria-[a-z]+)=\"[^\"]*\"");
    private static final Pattern TITLE = Pattern.compile("<title>[^<]*</title>");

    private SvgCleaner() {
    }

    static String clean(String svg) {
        String text = PROLOG.matcher(svg).replaceFirst("").strip();
        var root = ROOT.matcher(text);
        if (root.find()) {
            String cleanedRoot = DROPPED_ATTRIBUTE.matcher(root.group()).replaceAll("");
            text = text.substring(0, root.start()) + cleanedRoot + text.substring(root.end());
        }
        return TITLE.matcher(text).replaceAll("");
    }
}
