package dev.folio.model.doc;

import java.util.Objects;

/**
 * Where a link or image points. {@link #written()} is always the destination exactly as in the
 * source, so a backend can leave an unresolvable one untouched, as MkDocs does.
 */
public sealed interface LinkTarget {

    String written();

    /** Outside the site: a URL with a scheme ({@code https:}, {@code mailto:}), or not a path at all. */
    record External(String written) implements LinkTarget {
        public External {
            Objects.requireNonNull(written, "written");
        }
    }

    /**
     * A file of the site: a page ({@code path} ends in {@code .md}) or an asset. {@code path} is
     * relative to the language's docs root, normalised, with {@code /} separators
     * ({@code ../basics/x.md} from {@code advanced/y.md} → {@code basics/x.md}). {@code fragment} is
     * the anchor without {@code #}, empty when none.
     */
    record Internal(String written, String path, String fragment) implements LinkTarget {
        public Internal {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(fragment, "fragment");
        }

        public boolean isPage() {
            return path.endsWith(".md");
        }
    }

    /**
     * A cross-reference by anchor, as mkdocs-autorefs resolves them: {@code [text][identifier]} with no link
     * definition of that name points to the heading or API reference whose anchor is {@code identifier}, on any page
     * of the site ({@link dev.folio.model.CrossReferences} finds it).
     */
    record CrossReference(String written, String identifier) implements LinkTarget {
        public CrossReference {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(identifier, "identifier");
        }
    }

    /** An anchor in the same page: {@code #section}. */
    record Fragment(String written, String fragment) implements LinkTarget {
        public Fragment {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(fragment, "fragment");
        }
    }
}
