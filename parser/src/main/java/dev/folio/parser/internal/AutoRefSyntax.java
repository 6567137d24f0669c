package dev.folio.parser.internal;

import org.commonmark.node.CustomNode;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * mkdocs-autorefs' cross-references: {@code [text][identifier]} and {@code [identifier][]} where no link definition
 * has that label are a link to the anchor {@code identifier} somewhere in the site, resolved once every page is read
 * ({@code CrossReferences}). Backticks around a collapsed reference's text are not part of the identifier
 * ({@code [`agents.Agent`][]}). Only when the site enables autorefs, or mkdocstrings, which brings it.
 */
final class AutoRefSyntax implements LinkProcessor {
    static final class Node extends CustomNode {
        final String identifier;

        Node(String identifier) {
            this.identifier = identifier;
        }
    }

    /** Whether the site's plugins resolve cross-references. */
    static boolean enabled(MkDocsConfig config) {
        var plugins = dev.folio.model.SiteConfig.plugins(config.raw().get("plugins"));
        return plugins.containsKey("autorefs") || plugins.containsKey("mkdocstrings");
    }

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.label() == null || info.marker() != null) {
            return LinkResult.none();
        }
        String label = info.label().isEmpty() ? info.text(scanner) : info.label();
        if (context.getDefinition(LinkReferenceDefinition.class, label) != null) {
            return LinkResult.none(); // an ordinary reference link
        }
        String identifier = label.strip();
        if (info.label().isEmpty() && identifier.length() > 2 && identifier.startsWith("`")
                && identifier.endsWith("`")) {
            identifier = identifier.substring(1, identifier.length() - 1).strip();
        }
        if (identifier.isEmpty() || identifier.chars().anyMatch(Character::isWhitespace)) {
            return LinkResult.none(); // autorefs takes no spaces in an identifier: prose in brackets stays text
        }
        return LinkResult.wrapTextIn(new Node(identifier), scanner.position());
    }
}
