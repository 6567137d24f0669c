package dev.folio.render.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pymdownx.striphtml over a page's raw HTML: comments ({@code strip_comments}), {@code on…} event attributes
 * ({@code strip_js_on_attributes}) and the attributes named in {@code strip_attributes} are removed, with pymdownx's
 * patterns. Immutable.
 */
final class StripHtml {
    private static final String ATTRIBUTES = "(?:\\s+[\\w\\-:]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'`=<>]+))?)*";
    private static final Pattern TAG = Pattern.compile("(?<comments>(?:\\r?\\n?\\s*)<!--(?:-(?!->)|[^-])*?-->(?:\\s*)"
            + "(?=\\r?\\n)|<!--[\\s\\S]*?-->)|(?<scripts>(?<scriptopen><(?<scriptname>style|script))(?<scriptattr>"
            + ATTRIBUTES + ")(?<scriptrest>\\s*>.*?</\\k<scriptname>\\s*>))|(?<open><(?<name>[\\w:.\\-]+))(?<attr>"
            + ATTRIBUTES + ")(?<close>\\s*/?>)|(?<closetag></[\\w:.\\-]+\\s*>)",
            Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);

    private final boolean comments;
    private final Optional<Pattern> attributes;

    private StripHtml(boolean comments, Optional<Pattern> attributes) {
        this.comments = comments;
        this.attributes = attributes;
    }

    /** The site's stripping; empty when pymdownx.striphtml is not listed or strips nothing. */
    static Optional<StripHtml> of(Map<String, Object> config) {
        if (!MarkdownExtensions.enabled(config, "pymdownx.striphtml")) {
            return Optional.empty();
        }
        Map<?, ?> options = MarkdownExtensions.options(config, "pymdownx.striphtml");
        List<String> names = new ArrayList<>();
        Object listed = options.get("strip_attributes");
        if (listed instanceof List<?> list) {
            list.forEach(name -> names.add(Pattern.quote(String.valueOf(name).strip())));
        } else if (listed != null && !String.valueOf(listed).isBlank()) {
            for (String name : String.valueOf(listed).strip().split("\\s+")) {
                names.add(Pattern.quote(name));
            }
        }
        if (!Boolean.FALSE.equals(options.get("strip_js_on_attributes"))) {
            names.add("on[\\w]+");
        }
        boolean comments = !Boolean.FALSE.equals(options.get("strip_comments"));
        Optional<Pattern> attributes = names.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(
                "(?:\\s+(?:" + String.join("|", names) + ")(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'`=<>]+)))",
                Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS));
        return comments || attributes.isPresent() ? Optional.of(new StripHtml(comments, attributes)) : Optional.empty();
    }

    String apply(String html) {
        if (html.indexOf('<') < 0) {
            return html;
        }
        Matcher m = TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String tag;
            if (m.group("comments") != null) {
                tag = comments ? "" : m.group("comments");
            } else if (m.group("scripts") != null) {
                tag = m.group("scriptopen") + strip(m.group("scriptattr")) + m.group("scriptrest");
            } else if (m.group("closetag") != null) {
                tag = m.group();
            } else {
                tag = m.group("open") + strip(m.group("attr")) + m.group("close");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String strip(String attributeText) {
        return attributes.map(p -> p.matcher(attributeText).replaceAll("")).orElse(attributeText);
    }
}
