package dev.folio.render.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Paths relative to the output folder, {@code /}-separated, and the relative URLs between them.
 * Everything is computed in these site-root coordinates ({@code en/basics/x/index.html}), so the same
 * code serves pages, the root {@code index.html} and links between languages.
 */
final class SiteLocations {
    private SiteLocations() {
    }

    /**
     * The URL that leads from the file {@code fromFile} to {@code target} (a file, or a folder ending in
     * {@code /}); {@code ./} when they are the same folder.
     */
    static String relative(String fromFile, String target) {
        List<String> from = segments(fromFile.substring(0, fromFile.lastIndexOf('/') + 1));
        String[] to = target.split("/", -1);
        int common = 0;
        while (common < from.size() && common < to.length - 1 && from.get(common).equals(to[common])) {
            common++;
        }
        StringBuilder url = new StringBuilder();
        for (int i = common; i < from.size(); i++) {
            url.append("../");
        }
        for (int i = common; i < to.length; i++) {
            url.append(to[i]);
            if (i < to.length - 1) {
                url.append('/');
            }
        }
        return url.length() == 0 ? "./" : url.toString();
    }

    /** Whether a relative path stays inside its root: no absolute path, drive, {@code ..} escape or scheme. */
    static boolean isContained(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.startsWith("\\") || path.contains(":")
                || path.contains("\\") || path.indexOf('\0') >= 0) {
            return false;
        }
        int depth = 0;
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                depth--;
                if (depth < 0) {
                    return false;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return true;
    }

    private static List<String> segments(String folder) {
        List<String> parts = new ArrayList<>();
        for (String part : folder.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }
}
