package dev.folio.parser.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import dev.folio.model.doc.Attributes;

/**
 * What must be known before converting a page, because it applies before the place it is written:
 * footnote definitions, abbreviation definitions, and heading ids written explicitly ({@code { #id }}),
 * which generated ids must avoid.
 */
final class DefinitionScanner {
    private DefinitionScanner() {
    }

    static void scan(Node root, PageContext page) {
        Map<String, String> abbreviations = new LinkedHashMap<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof FootnoteSyntax.Definition definition) {
                page.footnotes().define(definition);
            } else if (node instanceof AbbreviationSyntax.Definition definition) {
                abbreviations.put(definition.term, definition.title);
            } else if (node instanceof Heading heading && heading.getLastChild() instanceof Text last
                    && last.getLiteral().indexOf('{') >= 0) {
                Matcher m = AttributeList.HEADING_END.matcher(last.getLiteral());
                Optional<Attributes> written = m.find() ? AttributeList.parse(m.group(1)) : Optional.empty();
                written.filter(a -> !a.id().isEmpty()).ifPresent(a -> page.headingIds().reserve(a.id()));
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
            }
        }
        page.abbreviations(page.abbreviations().with(abbreviations));
    }
}
