package dev.folio.parser.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.LinkTarget;
import dev.folio.model.doc.Text;

/**
 * Python-Markdown's wikilinks: {@code [[Page Name]]} (word characters, spaces, {@code _} and {@code -}) is a link to
 * {@code base_url + Page_Name + end_url} with the class {@code html_class}, as its default {@code build_url} makes it
 * (a {@code build_url} function of the site's own is Python, not run: the default is used).
 */
record WikiLinks(String baseUrl, String endUrl, String htmlClass) {
    private static final Pattern SPACES = Pattern.compile("([ ]+_)|(_[ ]+)|([ ]+)");

    static Optional<WikiLinks> of(MkDocsConfig config) {
        if (!config.hasExtension("wikilinks")) {
            return Optional.empty();
        }
        Map<String, Object> options = config.extension("wikilinks");
        return Optional.of(new WikiLinks(text(options.get("base_url"), "/"), text(options.get("end_url"), "/"),
                text(options.get("html_class"), "wikilink")));
    }

    private static String text(Object value, String otherwise) {
        return value == null ? otherwise : String.valueOf(value);
    }

    /** Whether {@code c} may be in a label: Python's {@code [\w0-9_ -]}. */
    static boolean isLabelChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ' ' || c == '-' || Character.getType(c)
                == Character.NON_SPACING_MARK || Character.getType(c) == Character.CONNECTOR_PUNCTUATION;
    }

    /** The link for a label as written between the brackets; null for a blank one, which Python-Markdown drops. */
    Inline link(String written, SourcePosition at) {
        String label = written.strip();
        if (label.isEmpty()) {
            return null;
        }
        String url = baseUrl + SPACES.matcher(label).replaceAll("_") + endUrl;
        return new Link(new LinkTarget.External(url), Optional.empty(), java.util.List.of(new Text(label,
                Attributes.EMPTY, at)), htmlClass.isEmpty() ? Attributes.EMPTY : Attributes.ofClasses(htmlClass), at);
    }
}
