package dev.folio.render.pdf.internal;

import dev.folio.model.Language;
import dev.folio.model.NavItem;
import dev.folio.model.Page;
import java.util.List;

/**
 * One PDF to print: its pages in reading order, the navigation its contents and bookmarks follow
 * (empty: one entry per page), and whether it opens with a cover and a table of contents.
 *
 * @param part the nav section or page the PDF holds, printed on its cover and in its title; empty
 *             for the guide of a whole language
 */
public record Guide(Language language, String part, String fileName, List<Page> pages, List<NavItem> navigation,
        boolean frontMatter) {

    public Guide {
        pages = List.copyOf(pages);
        navigation = List.copyOf(navigation);
    }

    /** The same guide with only some of its pages, for printing around a page the engine fails on. */
    public Guide withPages(List<Page> subset) {
        return new Guide(language, part, fileName, subset, navigation, frontMatter);
    }
}
