package dev.folio.render.html.internal;

import dev.folio.model.Page;
import dev.folio.model.doc.Diagram;
import dev.folio.model.doc.MathBlock;
import dev.folio.model.doc.MathInline;
import dev.folio.model.doc.Node;
import dev.folio.model.doc.Traversal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mermaid and KaTeX, drawn in the reader's browser from copies inside the site (a privacy guide must not
 * send its readers to a CDN). A page links them only when it has a diagram or math; a site gets the files
 * only when one of its pages does, and of KaTeX's fonts only the WOFF2 files its stylesheet then asks for.
 * The libraries come from the WebJars on the class path, at the versions the build pins.
 */
final class ScriptBundles {
    static final String MERMAID = ThemeAssets.FOLDER + "/mermaid/mermaid.min.js";
    static final String DIAGRAMS = ThemeAssets.FOLDER + "/diagrams.js";
    static final String KATEX = ThemeAssets.FOLDER + "/katex/katex.min.js";
    static final String KATEX_CSS = ThemeAssets.FOLDER + "/katex/katex.min.css";
    static final String MATH = ThemeAssets.FOLDER + "/math.js";
    private static final Pattern FONT_FALLBACKS = Pattern.compile(",url\\(fonts/[^)]+\\.(?:woff|ttf)\\) format\\(\"(?:woff|truetype)\"\\)");
    private static final Pattern WOFF2 = Pattern.compile("fonts/([A-Za-z0-9_-]+\\.woff2)");

    enum Kind {
        DIAGRAMS(MERMAID), MATH(KATEX);

        private final String script;

        Kind(String script) {
            this.script = script;
        }

        /** The library's script, in the output folder: there once the bundle is written. */
        String script() {
            return script;
        }
    }

    private ScriptBundles() {
    }

    /** What a page needs: mermaid diagrams, math, or neither. */
    static Set<Kind> used(Page page) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Traversal.nodes(page.document()).forEach(node -> add(kinds, node));
        return kinds;
    }

    private static void add(Set<Kind> kinds, Node node) {
        if (node instanceof Diagram diagram && diagram.kind().equals("mermaid")) {
            kinds.add(Kind.DIAGRAMS);
        } else if (node instanceof MathBlock || node instanceof MathInline) {
            kinds.add(Kind.MATH);
        }
    }

    /**
     * Template keys for a page at {@code location} that uses {@code kinds}: {@code diagramScripts},
     * {@code mathScripts}, {@code mathCss}.
     */
    static Map<String, Object> model(Set<Kind> kinds, String location) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("diagramScripts", kinds.contains(Kind.DIAGRAMS)
                ? List.of(SiteLocations.relative(location, MERMAID), SiteLocations.relative(location, DIAGRAMS)) : List.of());
        model.put("mathScripts", kinds.contains(Kind.MATH)
                ? List.of(SiteLocations.relative(location, KATEX), SiteLocations.relative(location, MATH)) : List.of());
        model.put("mathCss", kinds.contains(Kind.MATH) ? SiteLocations.relative(location, KATEX_CSS) : "");
        return model;
    }

    /** Writes the libraries of {@code kinds}: those the site's rendered pages use. */
    static void write(OutputFolder output, Set<Kind> kinds) throws IOException {
        if (kinds.contains(Kind.DIAGRAMS)) {
            String mermaid = webjarRoot("mermaid");
            output.write(MERMAID, bytes(mermaid + "dist/mermaid.min.js"));
            output.write(ThemeAssets.FOLDER + "/mermaid/LICENSE", bytes(mermaid + "LICENSE"));
            output.write(DIAGRAMS, bytes("/dev/folio/render/html/assets/diagrams.js"));
        }
        if (kinds.contains(Kind.MATH)) {
            String katex = webjarRoot("katex");
            // Browsers that run KaTeX all read WOFF2: the older formats are dropped from the stylesheet and not copied.
            String css = FONT_FALLBACKS.matcher(new String(bytes(katex + "dist/katex.min.css"), StandardCharsets.UTF_8))
                    .replaceAll("");
            output.write(KATEX_CSS, css);
            var fonts = WOFF2.matcher(css);
            Set<String> copied = new java.util.TreeSet<>();
            while (fonts.find()) {
                if (copied.add(fonts.group(1))) {
                    output.write(ThemeAssets.FOLDER + "/katex/fonts/" + fonts.group(1), bytes(katex + "dist/fonts/" + fonts.group(1)));
                }
            }
            output.write(KATEX, bytes(katex + "dist/katex.min.js"));
            output.write(ThemeAssets.FOLDER + "/katex/LICENSE", bytes(katex + "LICENSE"));
            output.write(MATH, bytes("/dev/folio/render/html/assets/math.js"));
        }
    }

    /** {@code /META-INF/resources/webjars/<name>/<version>/}, the version read from the WebJar itself. */
    private static String webjarRoot(String name) {
        Properties properties = new Properties();
        try (InputStream in = resource("/META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "/META-INF/resources/webjars/" + name + "/" + properties.getProperty("version") + "/";
    }

    private static byte[] bytes(String path) {
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = ScriptBundles.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing " + path + " on the class path");
        }
        return in;
    }
}
