package dev.folio.parser.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slug function a configuration names ({@code slugify: !!python/name:pymdownx.slugs.uslugify},
 * {@code !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}}), read by its name and keywords and
 * never run: pymdownx.slugs' {@code slugify} with {@code case} ({@code none}, {@code lower}, {@code lower-ascii},
 * {@code fold}), {@code percent_encode} and {@code normalize}, its older named variants, and Python-Markdown's
 * {@code toc.slugify} and {@code toc.slugify_unicode}.
 */
record Slugify(Style style, String caseMode, boolean percentEncode, Normalizer.Form form) {
    private static final Pattern TAG = Pattern.compile("^!!python/(?:name|object/apply):([\\w.]+)(.*)$", Pattern.DOTALL);
    private static final Pattern CASE = Pattern.compile("case=([\\w-]+)");
    private static final Pattern ENCODE = Pattern.compile("percent_encode=true");
    private static final Pattern NORMALIZE = Pattern.compile("normalize=(NFC|NFD|NFKC|NFKD)");
    private static final Pattern TAGS = Pattern.compile("</?[^>]*>");
    private static final Pattern INVALID = Pattern.compile("[^\\w\\- ]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TOC_INVALID = Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);

    enum Style { PYMDOWNX, TOC_ASCII, TOC_UNICODE }

    /** The function a setting names, if it names one Folio knows. */
    static Optional<Slugify> of(Object setting) {
        if (!(setting instanceof String text)) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String keywords = m.group(2);
        Matcher caseMode = CASE.matcher(keywords);
        Matcher form = NORMALIZE.matcher(keywords);
        boolean encode = ENCODE.matcher(keywords).find();
        Normalizer.Form normalize = form.find() ? Normalizer.Form.valueOf(form.group(1)) : Normalizer.Form.NFC;
        return switch (m.group(1)) {
            case "pymdownx.slugs.slugify" -> Optional.of(new Slugify(Style.PYMDOWNX,
                    caseMode.find() ? caseMode.group(1) : "none", encode, normalize));
            case "pymdownx.slugs.uslugify" -> Optional.of(new Slugify(Style.PYMDOWNX, "lower", false, normalize));
            case "pymdownx.slugs.uslugify_encoded" -> Optional.of(new Slugify(Style.PYMDOWNX, "lower", true, normalize));
            case "pymdownx.slugs.uslugify_cased" -> Optional.of(new Slugify(Style.PYMDOWNX, "none", false, normalize));
            case "pymdownx.slugs.uslugify_cased_encoded" ->
                    Optional.of(new Slugify(Style.PYMDOWNX, "none", true, normalize));
            case "pymdownx.slugs.gfm" -> Optional.of(new Slugify(Style.PYMDOWNX, "lower-ascii", false, normalize));
            case "pymdownx.slugs.gfm_encoded" -> Optional.of(new Slugify(Style.PYMDOWNX, "lower-ascii", true, normalize));
            case "markdown.extensions.toc.slugify" -> Optional.of(new Slugify(Style.TOC_ASCII, "lower", false,
                    Normalizer.Form.NFKD));
            case "markdown.extensions.toc.slugify_unicode" -> Optional.of(new Slugify(Style.TOC_UNICODE, "lower",
                    false, Normalizer.Form.NFKC));
            default -> Optional.empty();
        };
    }

    /** The slug of {@code text}, words joined by {@code separator}. */
    String slug(String text, String separator) {
        if (style != Style.PYMDOWNX) {
            String value = text;
            if (style == Style.TOC_ASCII) {
                value = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
            }
            value = TOC_INVALID.matcher(value).replaceAll("").strip().toLowerCase(Locale.ROOT);
            return value.replaceAll("[" + Pattern.quote(separator) + "\\s]+", Matcher.quoteReplacement(separator));
        }
        String slug = TAGS.matcher(Normalizer.normalize(text, form)).replaceAll("").strip();
        slug = switch (caseMode) {
            case "lower" -> slug.toLowerCase(Locale.ROOT);
            case "lower-ascii" -> lowerAscii(slug);
            case "fold" -> slug.toLowerCase(Locale.ROOT);
            default -> slug;
        };
        slug = INVALID.matcher(slug).replaceAll("").replace(" ", separator);
        return percentEncode ? URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20") : slug;
    }

    private static String lowerAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }
}
