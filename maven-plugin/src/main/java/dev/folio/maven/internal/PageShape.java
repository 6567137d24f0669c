package dev.folio.maven.internal;

import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.doc.Heading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What other pages show of a page: its title (in every page's navigation, previous and next links) and its
 * headings' ids (which links from other pages are checked against). An edit that keeps a page's shape
 * changes only that page's own output.
 */
public final class PageShape {

    private PageShape() {
    }

    /** The page's key in a build's saved state ({@link BuildState#shapes()}): {@code language:sourcePath}. */
    public static String key(Page page) {
        return page.language() + ":" + page.sourcePath();
    }

    /** Every page's shape, by key; pages side by side, as this runs before each build renders. */
    public static Map<String, String> of(Site site) {
        return site.pages().parallelStream()
                .collect(Collectors.toMap(PageShape::key, PageShape::of, (one, other) -> one, TreeMap::new));
    }

    static String of(Page page) {
        StringBuilder shape = new StringBuilder(page.title());
        for (Heading heading : page.document().headings()) {
            shape.append('\n').append(heading.id()).append(' ').append(heading.text());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(shape.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
