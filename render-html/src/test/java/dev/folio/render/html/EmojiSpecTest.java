package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pymdownx.emoji with its indexes, generators and options (pymdown-extensions' emoji documentation), Markdown in and
 * HTML out. Each expected HTML is what pymdown-extensions 9.5 writes, with one deliberate difference: Twemoji's
 * images come from the site ({@code _folio/twemoji/}, shipped with Folio), never from a CDN, and an index Folio has
 * no images for shows the emoji's characters unless the site names its own {@code image_path}.
 */
class EmojiSpecTest extends ExtensionSpec {
    private static final String MATERIAL = "markdown_extensions:\n  - pymdownx.emoji:\n"
            + "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
            + "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n";

    private static String pymdownx(String index, String generator, String options) {
        return "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:pymdownx.emoji." + index
                + "\n      emoji_generator: !!python/name:pymdownx.emoji." + generator + "\n" + options;
    }

    @Test
    void materialsTwemojiShowsImagesTheSiteServesAliasesIncluded() throws IOException {
        assertThat(page(MATERIAL, ":smile: :heart: :thumbsup: :+1:\n")).isEqualTo(expected("""
                <p><img alt="😄" class="twemoji" src="_folio/twemoji/1f604.svg" title=":smile:" /> \
                <img alt="❤" class="twemoji" src="_folio/twemoji/2764.svg" title=":heart:" /> \
                <img alt="👍" class="twemoji" src="_folio/twemoji/1f44d.svg" title=":thumbsup:" /> \
                <img alt="👍" class="twemoji" src="_folio/twemoji/1f44d.svg" title=":+1:" /></p>"""));
        assertThat(project.resolve("site/_folio/twemoji/1f44d.svg")).content().startsWith("<svg");
        assertThat(project.resolve("site/_folio/twemoji/1f600.svg")).as("only the images pages use").doesNotExist();
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void titleLongAndAltShort() throws IOException {
        assertThat(page(pymdownx("twemoji", "to_png", "      title: long\n      alt: short\n"), ":smile:\n"))
                .isEqualTo(expected("""
                        <p><img alt=":smile:" class="twemoji" src="_folio/twemoji/1f604.svg" \
                        title="grinning face with smiling eyes" /></p>"""));
    }

    @Test
    void toAltWritesTheCharactersAsHtmlEntities() throws IOException {
        assertThat(page(pymdownx("twemoji", "to_alt", "      alt: html_entity\n"), ":smile: :heart:\n"))
                .isEqualTo(expected("<p>&#x1f604; &#x2764;</p>"));
    }

    @Test
    void variationSelectorsAreKeptUnlessRemoved() throws IOException {
        assertThat(page(pymdownx("gemoji", "to_alt", ""), ":heart:\n")).isEqualTo(expected("<p>❤️</p>"));
        assertThat(page(pymdownx("gemoji", "to_alt", "      remove_variation_selector: true\n"), ":heart:\n"))
                .isEqualTo(expected("<p>❤</p>"));
    }

    @Test
    void theSitesOwnImagePath() throws IOException {
        assertThat(page(pymdownx("gemoji", "to_png", "      options:\n        image_path: images/\n"), ":smile:\n"))
                .isEqualTo(expected("<p><img alt=\"😄\" class=\"gemoji\" src=\"images/1f604.png\" title=\":smile:\" /></p>"));
    }

    @Test
    void anIndexWithoutShippedImagesShowsTheCharactersRatherThanAskACdn() throws IOException {
        // pymdownx: <img alt="😄" class="gemoji" src="https://github.githubassets.com/…/1f604.png" title=":smile:" />
        assertThat(page(pymdownx("gemoji", "to_png", ""), ":smile:\n"))
                .isEqualTo(expected("<p><span class=\"emoji\" title=\":smile:\">😄</span></p>"));
        assertThat(page(pymdownx("twemoji", "to_svg", "      options:\n        image_path: https://cdn.example/\n"),
                ":smile:\n")).contains("src=\"_folio/twemoji/1f604.svg\"");
    }

    @Test
    void spritesClassesAndExtraAttributes() throws IOException {
        assertThat(page(pymdownx("emojione", "to_png_sprite", ""), ":smile:\n"))
                .isEqualTo(expected("<p><span class=\"emojione-64-people _1f604\" title=\":smile:\">😄</span></p>"));
        assertThat(page(pymdownx("twemoji", "to_svg", "      options:\n        classes: emoji\n"
                + "        attributes:\n          align: absmiddle\n          height: 20px\n"), ":smile:\n"))
                .isEqualTo(expected("""
                        <p><img align="absmiddle" alt="😄" class="emoji" height="20px" \
                        src="_folio/twemoji/1f604.svg" title=":smile:" /></p>"""));
    }

    @Test
    void unknownNamesStayTextAndAColonUsedByOneIsNotReused() throws IOException {
        // ":a:" is an emoji (🅰): it takes the colon "smile" would have needed.
        assertThat(page(pymdownx("twemoji", "to_svg", ""), ":smiel: :a:smile: :material-home:\n"))
                .isEqualTo(expected("""
                        <p>:smiel: <img alt="🅰" class="twemoji" src="_folio/twemoji/1f170.svg" title=":a:" />smile: \
                        :material-home:</p>"""));
        assertThat(diagnostics).extracting(Diagnostic::message)
                .containsExactly("unknown emoji :smiel: is left as text (the twemoji index has no such name)",
                        "unknown emoji :material-home: is left as text (the twemoji index has no such name)");
    }

    @Test
    void withoutTheExtensionShortcodesAreText() throws IOException {
        assertThat(page("markdown_extensions:\n  - attr_list\n", ":smile: :material-home:\n"))
                .isEqualTo(expected("<p>:smile: :material-home:</p>"));
    }

    @Test
    void materialsIndexAddsItsIconsAndTheSitesCustomIcons() throws IOException {
        Files.createDirectories(project.resolve("overrides/.icons/brand"));
        Files.writeString(project.resolve("overrides/.icons/brand/logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path d=\"M0 0h24v24H0z\"/></svg>");
        String html = page(MATERIAL + "      options:\n        custom_icons:\n          - overrides/.icons\n",
                ":material-home: :brand-logo:\n");
        assertThat(html).startsWith("<p><span class=\"twemoji\"><svg").contains(
                "<span class=\"twemoji\"><svg viewBox=\"0 0 24 24\" xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0h24v24H0z\">");
        assertThat(diagnostics).isEmpty();
    }
}
