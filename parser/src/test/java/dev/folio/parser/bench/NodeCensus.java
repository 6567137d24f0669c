package dev.folio.parser.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.doc.Emoji;
import dev.folio.model.doc.Traversal;
import dev.folio.parser.FolioParser;

/**
 * Counts node types over a site, a sanity check of what the parser finds:
 * {@code java … dev.folio.parser.bench.NodeCensus <root> [language] [type to list]}.
 */
public final class NodeCensus {
    private NodeCensus() {
    }

    public static void main(String[] args) {
        Site site = FolioParser.create().load(Path.of(args[0]));
        String language = args.length > 1 ? args[1] : site.config().defaultLanguage();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> emoji = new TreeMap<>();
        for (Page page : site.pages(language)) {
            Traversal.nodes(page.document()).forEach(node -> {
                counts.merge(node.getClass().getSimpleName(), 1, Integer::sum);
                if (node instanceof Emoji e) {
                    emoji.merge(e.name(), 1, Integer::sum);
                }
                if (args.length > 2 && node.getClass().getSimpleName().equals(args[2])) {
                    System.out.println(node);
                }
            });
        }
        System.out.println(counts);
        System.out.println("emoji: " + emoji);
    }
}
