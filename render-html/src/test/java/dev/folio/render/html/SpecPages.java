package dev.folio.render.html;

import dev.folio.model.Diagnostic;
import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.parser.FolioParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Spec tests' harness: one page of Markdown with a site configuration through the parser and the HTML backend, its
 * content area in a canonical form (attributes sorted, white space between elements left out) to compare with the
 * HTML an extension's documentation shows.
 */
final class SpecPages {
    private SpecPages() {
    }

    /** The page's content as Material writes it, its inserted title left out; all diagnostics go to {@code sink}. */
    static String content(Path project, String config, String markdown, List<Diagnostic> sink) throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("mkdocs.yml"), "site_name: Spec\n" + config);
        Files.writeString(project.resolve("docs/index.md"), markdown);
        Site site = FolioParser.create().load(project);
        sink.addAll(site.diagnostics());
        Diagnostics rendering = new Diagnostics();
        Path out = project.resolve("site");
        new HtmlRenderer().render(site, RenderContext.builder(project, out).diagnostics(rendering).build());
        sink.addAll(rendering.sorted());
        Element article = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8))
                .selectFirst("article.md-content__inner.md-typeset");
        article.select("> h1").remove();
        return canonical(article.childNodes());
    }

    /** Expected HTML in the same canonical form. */
    static String canonical(String html) {
        return canonical(Jsoup.parseBodyFragment(html).body().childNodes());
    }

    /** Elements with their attributes sorted, text with its runs of white space as one space, blank text left out. */
    private static String canonical(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof TextNode text) {
                Element parent = text.parent();
                boolean pre = parent != null && parent.closest("code") != null;
                String collapsed = pre ? text.getWholeText() : text.getWholeText().replaceAll("\\s+", " ");
                if (pre || !collapsed.isBlank()) {
                    out.append(pre ? collapsed : collapsed.strip());
                }
            } else if (node instanceof Element element) {
                out.append('<').append(element.tagName());
                element.attributes().asList().stream().sorted(Comparator.comparing(Attribute::getKey))
                        .forEach(a -> out.append(' ').append(a.getKey()).append("=\"").append(a.getValue()).append('"'));
                out.append('>').append(canonical(element.childNodes())).append("</").append(element.tagName())
                        .append('>');
            }
        }
        return out.toString();
    }
}
