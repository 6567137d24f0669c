package dev.folio.render.html.internal;

import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.render.RenderContext;
import dev.folio.render.kit.Palette;
import dev.folio.render.kit.SiteUrls;

import java.awt.Color;
import java.awt.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The image a link preview shows ({@code og:image}, {@code twitter:card}); it must be an absolute URL, so
 * there is none without {@code site_url}. With Material's {@code social} plugin enabled in
 * {@code mkdocs.yml} (at the top of {@code plugins} or in an enabled {@code group}, {@code cards} not
 * false) or the renderer option {@value #OPTION}{@code =true}, each page gets a card drawn by
 * {@link CardPainter}; cards with the same text are written once, named by a hash of what they show.
 * Otherwise {@code extra.social_image}, else a raster {@code theme.logo}, is every page's image.
 */
final class SocialImages {
    static final String OPTION = "socialCards";
    static final String FOLDER = ThemeAssets.FOLDER + "/social/";
    private static final Set<String> RASTER = Set.of("png", "jpg", "jpeg", "gif", "webp");

    private final Optional<String> root;
    private final CardPainter painter;
    private final Optional<String> sharedImage;
    private final Optional<Shape> logo;
    private final String logoKey;
    private final String siteName;
    private final String siteDescription;
    private final Color background;
    private final Color foreground;
    private final OutputFolder output;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private SocialImages(Optional<String> root, CardPainter painter, Optional<String> sharedImage,
            Optional<String> logoSvg, SiteConfig config, OutputFolder output) {
        this.root = root;
        this.painter = painter;
        this.sharedImage = sharedImage;
        this.logo = logoSvg.flatMap(svg -> SvgPaths.outline(svg, CardPainter.LOGO_X, CardPainter.LOGO_Y,
                CardPainter.LOGO_SIZE)).map(Shape.class::cast);
        this.logoKey = logo.isPresent() ? logoSvg.get() : "";
        this.siteName = config.name();
        this.siteDescription = config.description();
        List<String> colors = Palette.primaryAndText(config.raw());
        this.background = Color.decode(colors.get(0));
        this.foreground = Color.decode(colors.get(1));
        this.output = output;
    }

    /** @param chrome for the logo, drawn on the cards when it is an icon */
    static SocialImages of(Site site, RenderContext context, AssetCatalog assets, SiteChrome chrome, OutputFolder output) {
        SiteConfig config = site.config();
        Optional<String> root = SiteUrls.root(config);
        boolean cards = root.isPresent() && context.option(OPTION).map(Boolean::parseBoolean)
                .orElseGet(() -> socialPluginEnabled(config.raw().get("plugins")));
        Optional<String> shared = root.flatMap(url -> sharedImage(config, assets).map(path ->
                path.startsWith("https://") || path.startsWith("http://") ? path
                        : url + config.folder(config.defaultLanguage()) + path));
        return new SocialImages(root, cards ? new CardPainter() : null, shared, chrome.logoSvg(), config, output);
    }

    /**
     * Adds a page's {@code og:image…} tags to the template's {@code openGraph} and its {@code twitter:…}
     * tags as {@code twitter}; nothing when the site has no image to show.
     */
    void addTo(Map<String, Object> model, Page page) {
        Map<String, String> tags = tags(page);
        if (tags.isEmpty()) {
            return;
        }
        Map<String, Object> openGraph = new LinkedHashMap<>();
        if (model.get("openGraph") instanceof Map<?, ?> existing) {
            existing.forEach((name, value) -> openGraph.put(String.valueOf(name), value));
        }
        Map<String, String> twitter = new LinkedHashMap<>();
        tags.forEach((name, value) -> {
            if (name.startsWith("og:")) {
                openGraph.put(name, value);
            } else {
                twitter.put(name, value);
            }
        });
        model.put("openGraph", openGraph);
        model.put("twitter", twitter);
    }

    /** {@code og:image…} and {@code twitter:…} tags for a page; empty when the site has no image to show. */
    Map<String, String> tags(Page page) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (root.isEmpty()) {
            return tags;
        }
        String description = page.frontMatter().description().orElse(siteDescription);
        if (painter != null) {
            String title = page.title();
            String file = FOLDER + key(title, description) + ".png";
            if (written.add(file)) {
                try {
                    output.write(file, painter.png(siteName, title, description, logo, background, foreground));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            tags.put("og:image", root.get() + file);
            tags.put("og:image:type", "image/png");
            tags.put("og:image:width", String.valueOf(CardPainter.WIDTH));
            tags.put("og:image:height", String.valueOf(CardPainter.HEIGHT));
            tags.put("twitter:card", "summary_large_image");
        } else if (sharedImage.isPresent()) {
            tags.put("og:image", sharedImage.get());
            tags.put("twitter:card", "summary");
        } else {
            return tags;
        }
        tags.put("twitter:title", page.frontMatter().metaTitle().orElse(page.title()));
        if (!description.isBlank()) {
            tags.put("twitter:description", description);
        }
        tags.put("twitter:image", tags.get("og:image"));
        return tags;
    }

    private String key(String title, String description) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(siteName, title, description, logoKey, String.valueOf(background.getRGB()),
                    String.valueOf(foreground.getRGB()))) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Material's social plugin, as a list or map entry, maybe inside an enabled {@code group} plugin. */
    static boolean socialPluginEnabled(Object plugins) {
        Map<String, Object> byName = SiteConfig.plugins(plugins);
        if (byName.containsKey("social")) {
            Object settings = byName.get("social");
            return isOn(settings, "enabled") && isOn(settings, "cards");
        }
        Object group = byName.get("group");
        return group instanceof Map<?, ?> settings && isOn(settings, "enabled")
                && socialPluginEnabled(settings.get("plugins"));
    }

    /** A setting that is on unless written false (absent means on, as in Material). */
    private static boolean isOn(Object settings, String key) {
        Object value = settings instanceof Map<?, ?> map ? map.get(key) : null;
        return value == null || !Boolean.FALSE.equals(truth(value));
    }

    private static Boolean truth(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "on", "1" -> Boolean.TRUE;
            case "false", "no", "off", "0", "" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** {@code extra.social_image}, else {@code theme.logo} when it is a raster image of the docs folder. */
    private static Optional<String> sharedImage(SiteConfig config, AssetCatalog assets) {
        Map<String, Object> raw = config.raw();
        if (raw.get("extra") instanceof Map<?, ?> extra && extra.get("social_image") instanceof String image
                && !image.isBlank()) {
            String path = image.strip();
            if (path.startsWith("https://") || path.startsWith("http://")
                    || assets.contains(config.defaultLanguage(), path)) {
                return Optional.of(path);
            }
        }
        if (raw.get("theme") instanceof Map<?, ?> theme && theme.get("logo") instanceof String logo) {
            String path = logo.strip();
            int dot = path.lastIndexOf('.');
            if (dot > 0 && RASTER.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT))
                    && assets.contains(config.defaultLanguage(), path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
