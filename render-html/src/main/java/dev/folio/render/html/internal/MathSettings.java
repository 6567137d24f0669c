package dev.folio.render.html.internal;

import dev.folio.render.kit.MarkupWriter;

import java.util.List;
import java.util.Map;

/**
 * pymdownx.arithmatex's output options: {@code generic} ({@code <span class="arithmatex">\(x\)</span>}, with
 * {@code inline_tag}, {@code block_tag}, {@code tex_inline_wrap}, {@code tex_block_wrap}) or, without it, MathJax's
 * script form ({@code <script type="math/tex">} with a {@code MathJax_Preview} unless {@code preview} is off). The
 * site's math script (KaTeX, shipped) typesets either.
 */
record MathSettings(boolean generic, boolean preview, String inlineTag, String blockTag, List<String> inlineWrap,
        List<String> blockWrap) {
    static final MathSettings DEFAULT = new MathSettings(true, true, "span", "div", List.of("\\(", "\\)"),
            List.of("\\[", "\\]"));

    static MathSettings of(Map<String, Object> config) {
        if (!MarkdownExtensions.enabled(config, "pymdownx.arithmatex")) {
            return DEFAULT;
        }
        Map<?, ?> options = MarkdownExtensions.options(config, "pymdownx.arithmatex");
        return new MathSettings(Boolean.TRUE.equals(options.get("generic")), !Boolean.FALSE.equals(options.get("preview")),
                text(options.get("inline_tag"), "span"), text(options.get("block_tag"), "div"),
                pair(options.get("tex_inline_wrap"), DEFAULT.inlineWrap()),
                pair(options.get("tex_block_wrap"), DEFAULT.blockWrap()));
    }

    void inline(MarkupWriter out, dev.folio.model.doc.MathInline math) {
        if (generic) {
            out.start(inlineTag, math.attributes(), Map.of("class", "arithmatex")).text(inlineWrap.get(0))
                    .text(math.tex()).text(inlineWrap.get(1)).end();
            return;
        }
        out.start("span", math.attributes(), Map.of("class", "arithmatex"));
        if (preview) {
            out.start("span").attr("class", "MathJax_Preview").text(math.tex()).end();
        }
        out.start("script").attr("type", "math/tex").raw(scriptText(math.tex())).end().end();
    }

    void block(MarkupWriter out, dev.folio.model.doc.MathBlock math) {
        // the formula as written between its delimiters, line ends included, as arithmatex keeps it
        String tex = math.tex();
        if (generic) {
            out.start(blockTag, math.attributes(), Map.of("class", "arithmatex")).text(blockWrap.get(0))
                    .text(tex).text(blockWrap.get(1)).end().newline();
            return;
        }
        out.start("div", math.attributes(), Map.of("class", "arithmatex")).newline();
        if (preview) {
            out.start("div").attr("class", "MathJax_Preview").text(tex).end().newline();
        }
        out.start("script").attr("type", "math/tex; mode=display").raw(scriptText(tex)).end().newline()
                .end().newline();
    }

    /** Script content is not HTML: only a closing tag could end it early. */
    private static String scriptText(String tex) {
        return tex.replace("</", "<\\/");
    }

    private static String text(Object value, String otherwise) {
        return value == null ? otherwise : String.valueOf(value);
    }

    private static List<String> pair(Object value, List<String> otherwise) {
        return value instanceof List<?> list && list.size() == 2
                ? List.of(String.valueOf(list.get(0)), String.valueOf(list.get(1))) : otherwise;
    }
}
