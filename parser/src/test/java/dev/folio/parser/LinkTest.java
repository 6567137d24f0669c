package dev.folio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.folio.model.doc.Image;
import dev.folio.model.doc.Link;
import dev.folio.model.doc.LinkTarget;
import dev.folio.model.doc.Traversal;

class LinkTest {
    private final FolioParser parser = FolioParser.create();

    private List<Link> links(String markdown, String sourcePath) {
        return Traversal.nodes(parser.parse(markdown, sourcePath).document())
                .filter(Link.class::isInstance).map(Link.class::cast).toList();
    }

    @Test
    void relativePagePathsAreResolvedAgainstThePageFolder() {
        Link link = links("[x](../basics/common-threats.md#security-and-privacy)", "advanced/tor.md").get(0);

        assertThat(link.target()).isEqualTo(new LinkTarget.Internal("../basics/common-threats.md#security-and-privacy",
                "basics/common-threats.md", "security-and-privacy"));
        assertThat(((LinkTarget.Internal) link.target()).isPage()).isTrue();
        assertThat(link.title()).isEmpty();
    }

    @Test
    void anEmptyTitleIsKeptAsPresent() {
        Link link = links("[被動攻擊](basics/common-threats.md#security-and-privacy \"\")", "index.md").get(0);

        assertThat(link.title()).contains("");
        assertThat(link.target()).isInstanceOf(LinkTarget.Internal.class);
    }

    @Test
    void urlsFragmentsAndEscapingPathsAreTellApart() {
        List<Link> links = links("[a](https://signal.org/) [b](mailto:x@y.org) [c](//cdn.org/x) [d](#signal) "
                + "[e](../../outside.md) [f](./advanced/communication-network-types.md)", "index.md");

        assertThat(links).extracting(Link::target).containsExactly(
                new LinkTarget.External("https://signal.org/"),
                new LinkTarget.External("mailto:x@y.org"),
                new LinkTarget.External("//cdn.org/x"),
                new LinkTarget.Fragment("#signal", "signal"),
                new LinkTarget.External("../../outside.md"),
                new LinkTarget.Internal("./advanced/communication-network-types.md",
                        "advanced/communication-network-types.md", ""));
    }

    @Test
    void aFragmentWithAColonIsStillAFragment() {
        // zh-Hant seed, a hand-made back-reference in footnote 2 (html-structures.md §8)
        Link link = links("未來保密。&#160;[ &#8617;](#fnref:2){.footnote-backref}", "index.md").get(0);

        assertThat(link.target()).isEqualTo(new LinkTarget.Fragment("#fnref:2", "fnref:2"));
        assertThat(link.attributes().classes()).containsExactly("footnote-backref");
    }

    @Test
    void destinationsWithSpacesAreLinksKeptAsWrittenAsInMkDocs() {
        List<Link> links = links("[ Element 目前不支援](https:/ / github.com/vector-im/element-web/issues/7101) and "
                + "[雙棘輪演算法](https 的實作: //signal.org/docs/specifications/doubleratchet)", "index.md");

        assertThat(links).extracting(l -> l.target().written()).containsExactly(
                "https:/ / github.com/vector-im/element-web/issues/7101",
                "https 的實作: //signal.org/docs/specifications/doubleratchet");
        assertThat(links).extracting(Link::target).allMatch(LinkTarget.External.class::isInstance);
        assertThat(Traversal.plainText(links.get(0).content())).isEqualTo(" Element 目前不支援");
    }

    @Test
    void imagesResolveLikeLinksAndKeepTheirAltText() {
        Image image = Traversal.nodes(parser.parse("![Tor *path*](../assets/img/tor-path.svg#only-light)",
                "advanced/tor-overview.md").document()).filter(Image.class::isInstance).map(Image.class::cast)
                .findFirst().orElseThrow();

        assertThat(image.alt()).isEqualTo("Tor path");
        assertThat(image.target()).isEqualTo(new LinkTarget.Internal("../assets/img/tor-path.svg#only-light",
                "assets/img/tor-path.svg", "only-light"));
    }
}
