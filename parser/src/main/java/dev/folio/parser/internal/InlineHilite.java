package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Code;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.MathInline;

/**
 * pymdownx.inlinehilite, when the site enables it: inline code opening with a mock shebang, {@code `#!python x`} or
 * {@code `:::python x`} (three colons or more, right after the backtick, then a space), is code in that language; a
 * {@code custom_inline} name ({@code math} with arithmatex's format, as sites configure it) becomes its construct,
 * any other custom name code with the configured class. Code without a shebang stays plain.
 */
record InlineHilite(boolean enabled, Map<String, String> customClasses) {
    static final InlineHilite NONE = new InlineHilite(false, Map.of());
    private static final Pattern SHEBANG = Pattern.compile("^(?:#!|:{3,})([\\w+#.-]+) (.*)$", Pattern.DOTALL);

    InlineHilite {
        customClasses = Map.copyOf(customClasses);
    }

    static InlineHilite of(MkDocsConfig config) {
        if (!config.extensions().containsKey("pymdownx.inlinehilite")) {
            return NONE;
        }
        Map<String, String> custom = new java.util.HashMap<>();
        Object list = config.extension("pymdownx.inlinehilite").get("custom_inline");
        if (list instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> map && map.get("name") != null) {
                    Object format = map.get("format");
                    // Arithmatex's inline format is what Folio's math is; any other format only lends its class.
                    boolean math = format instanceof String text && text.contains("arithmatex_inline_format");
                    custom.put(String.valueOf(map.get("name")).toLowerCase(Locale.ROOT),
                            math ? "" : String.valueOf(map.get("class") == null ? "" : map.get("class")));
                }
            }
        }
        return new InlineHilite(true, custom);
    }

    /** The inline that code written as {@code literal} is: highlighted code, math, or plain code. */
    Inline of(String literal, Attributes attributes, SourcePosition at) {
        if (enabled) {
            Matcher m = SHEBANG.matcher(literal);
            if (m.matches()) {
                String language = m.group(1).toLowerCase(Locale.ROOT);
                String code = m.group(2);
                Optional<String> custom = Optional.ofNullable(customClasses.get(language));
                if (custom.isPresent() && custom.get().isEmpty()) {
                    return new MathInline(code, attributes, at);
                }
                if (custom.isPresent()) {
                    List<String> classes = new ArrayList<>(attributes.classes());
                    classes.add(0, custom.get());
                    return new Code(code, new Attributes(attributes.id(), classes, attributes.pairs()), at);
                }
                return new Code(code, attributes, at, language);
            }
        }
        return new Code(literal, attributes, at);
    }
}
