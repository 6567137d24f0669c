package dev.folio.render.html;

import dev.folio.model.Diagnostics;
import dev.folio.model.FrontMatter;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.UrlStyle;
import dev.folio.model.doc.Document;
import dev.folio.model.render.RenderContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Link previews: a drawn card per page with Material's social plugin, else the site's shared image. */
class SocialCardsTest {

    private static Site site(String url, Map<String, Object> raw) {
        SiteConfig config = new SiteConfig("Privacy Guides", url, "Protect your data.", "",
                List.of(Language.of("en"), Language.of("he")), "en", UrlStyle.DIRECTORY, raw);
        return new Site(config, List.of(
                page("en", "Real-Time Communication", "Encrypted messengers keep your communications secure."),
                page("he", "תקשורת בזמן אמת", "מסנג'רים מוצפנים")), Map.of(), Map.of(), List.of());
    }

    private static Page page(String language, String title, String description) {
        return new Page("real-time-communication.md", "real-time-communication.md", "real-time-communication/index.html",
                language, FrontMatter.of(Map.of("title", title, "description", description)),
                new Document(List.of(), List.of()), List.of());
    }

    private static org.jsoup.nodes.Document render(Site site, Path out, Map<String, String> options, String language)
            throws IOException {
        new HtmlRenderer().render(site, RenderContext.builder(out, out).buildTime(Instant.EPOCH).options(options).diagnostics(new Diagnostics()).build());
        return Jsoup.parse(Files.readString(out.resolve(language + "/real-time-communication/index.html"),
                StandardCharsets.UTF_8));
    }

    @Test
    void withTheSocialPluginEachPageGetsItsOwnCardSameBytesEveryBuild(@TempDir Path temp) throws IOException {
        Map<String, Object> raw = Map.of("plugins", List.of("search", Map.of("social", Map.of("cards", true))));
        Site site = site("https://guides.example.org/en/", raw);
        var english = render(site, temp.resolve("a"), Map.of(), "en");
        var hebrew = render(site, temp.resolve("a"), Map.of(), "he");
        String image = english.selectFirst("meta[property=og:image]").attr("content");
        assertThat(image).startsWith("https://guides.example.org/_folio/social/").endsWith(".png");
        assertThat(hebrew.selectFirst("meta[property=og:image]").attr("content")).isNotEqualTo(image);
        assertThat(english.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(english.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(image);
        assertThat(english.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");

        Path card = temp.resolve("a").resolve(image.substring("https://guides.example.org/".length()));
        BufferedImage picture = ImageIO.read(card.toFile());
        assertThat(picture.getWidth()).isEqualTo(1200);
        assertThat(picture.getHeight()).isEqualTo(630);
        assertThat(picture.getRGB(5, 5) & 0xffffff).as("Material's indigo").isEqualTo(0x4051b5);
        long textPixels = 0;
        for (int y = 0; y < 630; y += 2) {
            for (int x = 0; x < 1200; x += 2) {
                textPixels += (picture.getRGB(x, y) & 0xffffff) == 0xffffff ? 1 : 0;
            }
        }
        assertThat(textPixels).as("the title and description are drawn").isGreaterThan(2000);
        long logoPixels = 0;
        for (int y = 70; y < 190; y++) {
            for (int x = 1000; x < 1120; x++) {
                logoPixels += (picture.getRGB(x, y) & 0xffffff) == 0xffffff ? 1 : 0;
            }
        }
        assertThat(logoPixels).as("Material's default logo icon, top right").isGreaterThan(3000);

        render(site, temp.resolve("b"), Map.of(), "en");
        assertThat(Files.readAllBytes(temp.resolve("b").resolve(temp.resolve("a").relativize(card))))
                .as("the same card, byte for byte").isEqualTo(Files.readAllBytes(card));
    }

    @Test
    void noCardWithoutSiteUrlOrSocialPluginButTheSharedImageWhenConfigured(@TempDir Path temp) throws IOException {
        Map<String, Object> social = Map.of("plugins", List.of("social"));
        var noUrl = render(site("", social), temp.resolve("a"), Map.of(), "en");
        assertThat(noUrl.select("meta[property=og:image], meta[name^=twitter]")).isEmpty();
        assertThat(temp.resolve("a/_folio/social")).doesNotExist();

        Map<String, Object> disabledInGroup = Map.of("plugins", Map.of("group",
                Map.of("enabled", "false", "plugins", Map.of("social", Map.of()))));
        var plain = render(site("https://guides.example.org/", disabledInGroup), temp.resolve("b"), Map.of(), "en");
        assertThat(plain.select("meta[property=og:image]")).isEmpty();
        var forced = render(site("https://guides.example.org/", disabledInGroup), temp.resolve("c"),
                Map.of("socialCards", "true"), "en");
        assertThat(forced.selectFirst("meta[property=og:image]").attr("content")).contains("/_folio/social/");

        Map<String, Object> shared = Map.of("extra", Map.of("social_image", "https://cdn.example.org/card.png"));
        var withShared = render(site("https://guides.example.org/", shared), temp.resolve("d"), Map.of(), "he");
        assertThat(withShared.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://cdn.example.org/card.png");
        assertThat(withShared.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    }
}
