package dev.folio.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Links whose destination has spaces, which CommonMark refuses and Python-Markdown accepts:
 * {@code [ Element 目前不支援](https:/ / github.com/vector-im/element-web/issues/7101)} is a link there,
 * with its destination kept as written. Only used when no ordinary link was found.
 */
final class LooseLinkSyntax implements LinkProcessor {
    private static final Pattern TITLED = Pattern.compile("^(.*?)\\s+\"([^\"]*)\"$");
    private static final int MAX_LENGTH = 2000;

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.label() != null || scanner.peek() != '(') {
            return LinkResult.none();
        }
        Position start = scanner.position();
        scanner.next();
        StringBuilder inside = new StringBuilder();
        while (scanner.hasNext() && scanner.peek() != ')' && scanner.peek() != '(' && scanner.peek() != '\n'
                && inside.length() < MAX_LENGTH) {
            inside.append(scanner.peek());
            scanner.next();
        }
        String written = inside.toString().strip();
        if (scanner.peek() != ')' || written.isEmpty()) {
            scanner.setPosition(start);
            return LinkResult.none();
        }
        scanner.next();
        String title = null;
        Matcher titled = TITLED.matcher(written);
        if (titled.matches()) {
            written = titled.group(1);
            title = titled.group(2);
        }
        boolean image = info.marker() != null && info.marker().getLiteral().equals("!");
        Node node = image ? new Image(written, title) : new Link(written, title);
        LinkResult result = LinkResult.wrapTextIn(node, scanner.position());
        return image ? result.includeMarker() : result;
    }
}
