package dev.folio.render.html.internal;

import dev.folio.model.doc.Emoji;
import dev.folio.render.kit.Escaping;
import dev.folio.render.kit.MarkupWriter;
import dev.folio.render.kit.Twemoji;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an emoji as the site's pymdownx.emoji generator does ({@code emoji_generator}: Material's and pymdownx's
 * {@code to_svg}, {@code to_png}, {@code to_alt}, {@code to_png_sprite}, {@code to_svg_sprite}; options {@code title},
 * {@code alt} and {@code options.classes}, {@code image_path}, {@code non_standard_image_path}, {@code attributes},
 * {@code size}), with one difference: Twemoji's images come from the site ({@value #FOLDER}, Folio ships them), not
 * from a CDN, and an index Folio has no images for (gemoji, EmojiOne) shows the emoji's characters unless the site
 * names its own {@code image_path}. Records the images pages use, so that only those are copied. Thread-safe.
 */
final class EmojiImages {
    static final String FOLDER = ThemeAssets.FOLDER + "/twemoji/";

    enum Generator { SVG, PNG, ALT, PNG_SPRITE, SVG_SPRITE }

    private final String index;
    private final Generator generator;
    private final String title;
    private final String alt;
    private final Map<?, ?> options;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private EmojiImages(String index, Generator generator, String title, String alt, Map<?, ?> options) {
        this.index = index;
        this.generator = generator;
        this.title = title;
        this.alt = alt;
        this.options = options;
    }

    static EmojiImages of(Map<String, Object> config) {
        Map<?, ?> settings = MarkdownExtensions.options(config, "pymdownx.emoji");
        // Both are Python functions (!!python/name:…), which the configuration reader keeps as their text.
        String index = String.valueOf(settings.get("emoji_index"));
        String generator = String.valueOf(settings.get("emoji_generator"));
        boolean configured = MarkdownExtensions.enabled(config, "pymdownx.emoji");
        return new EmojiImages(
                !configured || index.contains("twemoji") ? "twemoji" : index.contains("gemoji") ? "gemoji" : "emojione",
                !configured || generator.contains("to_svg") && !generator.contains("sprite") ? Generator.SVG
                        : generator.contains("to_png_sprite") ? Generator.PNG_SPRITE
                        : generator.contains("to_svg_sprite") ? Generator.SVG_SPRITE
                        : generator.contains("to_alt") ? Generator.ALT : Generator.PNG,
                text(settings.get("title"), "short"), text(settings.get("alt"), "unicode"),
                settings.get("options") instanceof Map<?, ?> map ? map : Map.of());
    }

    /** Writes {@code emoji} into a page; {@code links} makes a site file's URL relative to the page. */
    void write(MarkupWriter out, Emoji emoji, LinkResolver links) {
        String altText = alt.equals("short") || emoji.characters().isEmpty() ? emoji.shortcode() : emoji.characters();
        // As markup (to_alt, the sprites): html_entity writes each code point as a reference.
        String altMarkup = alt.equals("html_entity") ? entities(altText) : Escaping.html(altText);
        Optional<String> titleText = switch (title) {
            case "long" -> Optional.of(emoji.description());
            case "none" -> Optional.empty();
            default -> Optional.of(emoji.shortcode());
        };
        String classes = text(options.get("classes"), index);
        switch (generator) {
            case ALT -> out.raw(altMarkup);
            case PNG_SPRITE -> {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("class", classes + "-" + text(options.get("size"), "64") + "-" + emoji.category()
                        + " _" + emoji.unicode());
                titleText.ifPresent(t -> attributes.put("title", t));
                extra(attributes);
                out.start("span", dev.folio.model.doc.Attributes.EMPTY, attributes);
                out.raw(altMarkup).end();
            }
            case SVG_SPRITE -> {
                out.start("svg").attr("class", classes).start("description").raw(altMarkup).end();
                out.start("use").attr("xlink:href", text(options.get("image_path"),
                        "./../assets/sprites/emojione.sprites.svg") + "#emoji-" + emoji.unicode()).end().end();
            }
            case SVG, PNG -> {
                Optional<String> src = source(emoji, links);
                if (src.isEmpty()) {
                    Map<String, String> attributes = new TreeMap<>();
                    attributes.put("class", "emoji");
                    titleText.ifPresent(t -> attributes.put("title", t));
                    out.start("span", emoji.attributes(), attributes).text(emoji.text()).end();
                    return;
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("class", classes);
                attributes.put("alt", altText);
                attributes.put("src", src.get());
                titleText.ifPresent(t -> attributes.put("title", t));
                extra(attributes);
                out.start("img", emoji.attributes(), attributes).endVoid();
            }
        }
    }

    /**
     * The image's URL: the site's own {@code image_path} when it names one on the site (a URL elsewhere is a CDN,
     * not asked), else Folio's copy of Twemoji's SVG; empty when neither has the emoji.
     */
    private Optional<String> source(Emoji emoji, LinkResolver links) {
        Object path = emoji.unicode().isEmpty() ? options.get("non_standard_image_path") : options.get("image_path");
        String file = emoji.unicode().isEmpty() ? emoji.shortname() : emoji.unicode();
        if (path != null && !String.valueOf(path).contains("//")) {
            return Optional.of(path + file + (generator == Generator.SVG ? ".svg" : ".png"));
        }
        if (!index.equals("twemoji") || Twemoji.svg(emoji.unicode()).isEmpty()) {
            return Optional.empty();
        }
        used.add(emoji.unicode());
        return Optional.of(links.siteFile(FOLDER + emoji.unicode() + ".svg"));
    }

    private static String entities(String text) {
        StringBuilder entities = new StringBuilder();
        text.codePoints().forEach(c -> entities.append(String.format("&#x%04x;", c)));
        return entities.toString();
    }

    private void extra(Map<String, String> attributes) {
        if (options.get("attributes") instanceof Map<?, ?> extra) {
            extra.forEach((k, v) -> attributes.put(String.valueOf(k), String.valueOf(v)));
        }
    }

    /** Copies the Twemoji images pages used (with their attribution) into the site. */
    void copyUsed(OutputFolder output) throws IOException {
        if (used.isEmpty()) {
            return;
        }
        for (String code : new TreeSet<>(used)) {
            output.write(FOLDER + code + ".svg", Twemoji.svg(code).orElseThrow());
        }
        output.write(FOLDER + "NOTICE", Twemoji.NOTICE);
    }

    private static String text(Object value, String otherwise) {
        return value == null ? otherwise : String.valueOf(value);
    }
}
