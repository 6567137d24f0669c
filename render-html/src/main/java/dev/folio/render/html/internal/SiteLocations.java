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
        return from(fromFile).to(target);
    }

    /** The URLs from one file, for a page that links to many targets. */
    static From from(String fromFile) {
        return new From(fromFile);
    }

    /** URLs from the folder of one file; a few string comparisons per target, no splitting. */
    static final class From {
        private final String file;
        /** The file's folder with its trailing {@code /} ({@code ""} at the root). */
        private final String folder;
        /** Whether the folder has empty segments ({@code a//b/}, {@code /a/}), which the general case handles. */
        private final boolean irregular;

        private From(String file) {
            this.file = file;
            this.folder = file.substring(0, file.lastIndexOf('/') + 1);
            this.irregular = folder.startsWith("/") || folder.contains("//");
        }

        /**
         * The URL, its path percent-encoded as MkDocs writes URLs ({@link dev.folio.model.UrlStyle#encoded}); a
         * query or fragment the target carries ({@code extra.css?v=2}, from the configuration) is kept as written.
         */
        String to(String target) {
            String url = raw(target);
            int end = 0;
            while (end < url.length() && url.charAt(end) != '?' && url.charAt(end) != '#') {
                end++;
            }
            return end == url.length() ? dev.folio.model.UrlStyle.encoded(url)
                    : dev.folio.model.UrlStyle.encoded(url.substring(0, end)) + url.substring(end);
        }

        private String raw(String target) {
            if (irregular) {
                return general(file, target);
            }
            // Skip the folders both paths share, then climb out of the rest of this folder.
            int f = 0;
            int t = 0;
            while (f < folder.length()) {
                int folderEnd = folder.indexOf('/', f);
                int targetEnd = target.indexOf('/', t);
                if (targetEnd < 0 || targetEnd - t != folderEnd - f || !folder.regionMatches(f, target, t, folderEnd - f)) {
                    break;
                }
                f = folderEnd + 1;
                t = targetEnd + 1;
            }
            int up = 0;
            for (int i = f; i < folder.length(); i++) {
                if (folder.charAt(i) == '/') {
                    up++;
                }
            }
            if (up == 0) {
                return t == target.length() ? "./" : target.substring(t);
            }
            StringBuilder url = new StringBuilder(3 * up + target.length() - t);
            for (int i = 0; i < up; i++) {
                url.append("../");
            }
            return url.append(target, t, target.length()).toString();
        }
    }

    /** Segment by segment, ignoring empty segments of the file's folder. */
    private static String general(String fromFile, String target) {
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
