package dev.folio.render.html.internal;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Icon;
import dev.folio.render.kit.Palette;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The theme's stylesheet and script, written once per site into {@value #FOLDER}/. The stylesheet is
 * the static one plus rules generated here: admonition icons as inline data URIs (Material's icons,
 * so no request leaves the site) and the selectors of up to {@value #MAX_TABS} tabs per tab set.
 */
final class ThemeAssets {
    static final String FOLDER = "_folio";
    static final String STYLESHEET = FOLDER + "/folio.css";
    static final String SCRIPT = FOLDER + "/folio.js";
    private static final int MAX_TABS = 20;

    /** Material's admonition types: aliases, colour and icon. Unknown types look like {@code note}. */
    private record AdmonitionStyle(List<String> types, String color, String icon) {
    }

    private static final List<AdmonitionStyle> STYLES = List.of(
            new AdmonitionStyle(List.of("note"), "#448aff", "pencil"),
            new AdmonitionStyle(List.of("abstract", "summary", "tldr"), "#00b0ff", "clipboard-text"),
            new AdmonitionStyle(List.of("info", "todo"), "#00b8d4", "information"),
            new AdmonitionStyle(List.of("tip", "hint", "important"), "#00bfa5", "fire"),
            new AdmonitionStyle(List.of("success", "check", "done"), "#00c853", "check"),
            new AdmonitionStyle(List.of("question", "help", "faq"), "#64dd17", "help-circle"),
            new AdmonitionStyle(List.of("warning", "caution", "attention"), "#ff9100", "alert"),
            new AdmonitionStyle(List.of("failure", "fail", "missing"), "#ff5252", "close"),
            new AdmonitionStyle(List.of("danger", "error"), "#ff1744", "lightning-bolt"),
            new AdmonitionStyle(List.of("bug"), "#f50057", "bug"),
            new AdmonitionStyle(List.of("example"), "#7c4dff", "format-list-numbered"),
            new AdmonitionStyle(List.of("quote", "cite"), "#9e9e9e", "format-quote-close"));

    private ThemeAssets() {
    }

    /**
     * @param customDir the site's theme folder: a {@code folio.css} or {@code folio.js} there replaces Folio's
     * @param config    the site's configuration, for {@code theme.palette}
     */
    static String stylesheet(IconLibrary icons, Optional<Path> customDir, Map<String, Object> config) {
        StringBuilder css = new StringBuilder(resource("folio.css", customDir));
        String palette = Palette.css(config);
        if (!palette.isEmpty()) {
            css.append("\n/* Generated: theme.palette. */\n").append(palette);
        }
        css.append("\n/* Generated: admonition types (Material's colours and icons). */\n:root{");
        for (AdmonitionStyle style : STYLES) {
            css.append("--folio-icon-").append(style.types().get(0)).append(':')
                    .append(dataUri(icons, style.icon())).append(';');
        }
        css.append("--folio-icon-details:").append(dataUri(icons, "chevron-right")).append(';');
        css.append("--folio-icon-task:").append(dataUri(icons, "check-circle")).append(';');
        css.append("--md-annotation-icon:").append(dataUri(icons, "plus-circle")).append(';');
        css.append("--md-annotation-bg-icon:").append(dataUri(icons, "circle")).append(';');
        css.append("--folio-icon-scheme:").append(dataUri(icons, "brightness-6")).append(';');
        css.append("--folio-icon-search-light:").append(dataUri(icons, "magnify").replace("<path", "<path fill='white'")
                .replace("%3Cpath", "%3Cpath fill='white'")).append(";}\n");
        for (AdmonitionStyle style : STYLES) {
            StringBuilder selectors = new StringBuilder();
            for (String type : style.types()) {
                if (selectors.length() > 0) {
                    selectors.append(',');
                }
                selectors.append(".md-typeset .admonition.").append(type).append(",.md-typeset details.").append(type);
            }
            css.append(selectors).append("{--folio-admonition-color:").append(style.color())
                    .append(";--folio-admonition-icon:var(--folio-icon-").append(style.types().get(0)).append(")}\n");
        }
        css.append("/* Generated: tab sets. */\n");
        for (int n = 1; n <= MAX_TABS; n++) {
            css.append(".tabbed-set>input:nth-child(").append(n).append("):checked~.tabbed-labels>label:nth-child(")
                    .append(n).append("){color:var(--md-accent-fg-color);border-color:currentColor}\n");
            css.append(".tabbed-set>input:nth-child(").append(n).append("):checked~.tabbed-content>.tabbed-block:nth-child(")
                    .append(n).append("){display:block}\n");
        }
        return css.toString();
    }

    static String script(Optional<Path> customDir) {
        return resource("folio.js", customDir);
    }

    private static String dataUri(IconLibrary icons, String name) {
        return icons.svg(new Icon("material", name, Attributes.EMPTY, SourcePosition.UNKNOWN))
                .map(svg -> "url(\"data:image/svg+xml;charset=utf-8," + svg.replace('"', '\'')
                        .replace("%", "%25").replace("#", "%23").replace("<", "%3C").replace(">", "%3E")
                        .replace("\n", "") + "\")")
                .orElse("none");
    }

    private static String resource(String name, Optional<Path> customDir) {
        Optional<Path> own = customDir.map(dir -> dir.resolve(name)).filter(Files::isRegularFile)
                .flatMap(file -> ThemeFolders.inside(customDir.get(), file));
        if (own.isPresent()) {
            try {
                return Files.readString(own.get(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = ThemeAssets.class.getResourceAsStream("/dev/folio/render/html/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing theme resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
