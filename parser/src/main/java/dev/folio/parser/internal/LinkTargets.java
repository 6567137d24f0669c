package dev.folio.parser.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import dev.folio.model.doc.LinkTarget;

/**
 * Turns a link destination into a {@link LinkTarget}: a URL with a scheme or {@code //} is external,
 * {@code #x} is a fragment of the same page, and a relative path is a file of the site, resolved against
 * the page's folder and normalised to the docs root. A path that leaves the docs root, or an absolute
 * one, stays external: renderers leave it as written.
 */
final class LinkTargets {
    private final String pageFolder;

    /** @param sourcePath the page's path relative to the docs root, {@code /}-separated */
    LinkTargets(String sourcePath) {
        int slash = sourcePath.lastIndexOf('/');
        this.pageFolder = slash < 0 ? "" : sourcePath.substring(0, slash + 1);
    }

    LinkTarget resolve(String destination) {
        String written = destination;
        // A scheme ("https:", "mailto:") is a colon before any slash, which colonBeforeSlash covers.
        if (written.startsWith("#")) {
            return new LinkTarget.Fragment(written, written.substring(1)); // "#fnref:2" has a colon, no scheme
        }
        if (written.isEmpty() || written.startsWith("//")
                || written.startsWith("/") || written.startsWith("\\") || colonBeforeSlash(written)) {
            return new LinkTarget.External(written);
        }
        int hash = written.indexOf('#');
        String pathPart = hash < 0 ? written : written.substring(0, hash);
        String fragment = hash < 0 ? "" : written.substring(hash + 1);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        String normalised = normalise(pageFolder + decode(pathPart));
        if (normalised == null) {
            return new LinkTarget.External(written);
        }
        return new LinkTarget.Internal(written, normalised, fragment);
    }

    /** {@code https 的實作: //signal.org/…}: a mangled URL, not a path of the site. */
    private static boolean colonBeforeSlash(String written) {
        int colon = written.indexOf(':');
        int slash = written.indexOf('/');
        return colon >= 0 && (slash < 0 || colon < slash);
    }

    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** {@code a/./b/../c} → {@code a/c}; null when {@code ..} climbs above the root. */
    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        boolean trailingSlash = path.endsWith("/");
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return trailingSlash && !joined.isEmpty() ? joined + "/" : joined;
    }
}
