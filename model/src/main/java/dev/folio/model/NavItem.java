package dev.folio.model;

import java.util.List;
import java.util.Objects;

/** An entry of the navigation tree: a section, a page or an external link. */
public sealed interface NavItem {

    String title();

    /** A titled group of entries. */
    record Section(String title, List<NavItem> children) implements NavItem {
        public Section {
            Objects.requireNonNull(title, "title");
            children = List.copyOf(children);
        }
    }

    /** A page of the site, by its source path ({@code basics/why-privacy.md}). */
    record PageRef(String title, String sourcePath) implements NavItem {
        public PageRef {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(sourcePath, "sourcePath");
        }
    }

    /** A link out of the site. */
    record Link(String title, String url) implements NavItem {
        public Link {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
        }
    }
}
