package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.HtmlInline;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;

import dev.folio.model.doc.Attributes;

/**
 * pymdownx.progressbar: {@code [=85% "Label"]} or {@code [=3/4]}, with an attribute list right after it
 * ({@code {: .candystripe}}), written as the extension writes it, a {@code div.progress} holding the bar at that width
 * and its label ({@code progress-80plus} by {@code progress_increment} with {@code level_class}; {@code add_classes}).
 */
final class ProgressBarSyntax {
    /** The text between the brackets (pymdownx's RE_PROGRESS); the attribute list after them is read apart. */
    private static final Pattern BAR = Pattern.compile("=+\\s*(?:(100(?:.0+)?|[1-9]?[0-9](?:\\.\\d+)?)%"
            + "|(?:(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)))(\\s+(['\"]).*?\\5)?\\s*", Pattern.DOTALL);
    private static final int MAX_ATTRIBUTES = 1000;

    /**
     * The extension's options.
     *
     * @param levelClass whether a {@code progress-Nplus} class says the level
     * @param increment  the step of those levels
     * @param addClasses further classes of every bar
     */
    record Options(boolean levelClass, int increment, List<String> addClasses) {
        static Optional<Options> of(MkDocsConfig config) {
            if (!config.hasExtension("pymdownx.progressbar")) {
                return Optional.empty();
            }
            Map<String, Object> options = config.extension("pymdownx.progressbar");
            int increment = 20;
            try {
                increment = Math.max(1, Integer.parseInt(String.valueOf(options.getOrDefault("progress_increment", 20))));
            } catch (NumberFormatException e) {
                // Not a number: the default step.
            }
            Object classes = options.get("add_classes");
            return Optional.of(new Options(!Boolean.FALSE.equals(options.get("level_class")), increment,
                    classes == null ? List.of() : List.of(String.valueOf(classes).split("\\s+"))));
        }
    }

    private ProgressBarSyntax() {
    }

    /** Reads a bar when a bracket closes with no link made of it: {@code [=50% "Half"]{: .thin }}. */
    static LinkProcessor processor(Options options) {
        return (info, scanner, context) -> {
            if (info.destination() != null || info.label() != null || info.marker() != null) {
                return LinkResult.none();
            }
            Matcher m = BAR.matcher(info.text(scanner));
            if (!m.matches()) {
                return LinkResult.none();
            }
            String attributes = null;
            Position afterBracket = scanner.position();
            if (scanner.peek() == '{') {
                StringBuilder list = new StringBuilder();
                scanner.next();
                while (scanner.hasNext() && scanner.peek() != '}' && scanner.peek() != '\n'
                        && list.length() < MAX_ATTRIBUTES) {
                    list.append(scanner.peek());
                    scanner.next();
                }
                if (scanner.peek() == '}') {
                    scanner.next();
                    String inside = list.toString();
                    attributes = inside.startsWith(":") ? inside.substring(1) : inside;
                } else {
                    scanner.setPosition(afterBracket);
                }
            }
            HtmlInline html = new HtmlInline();
            html.setLiteral(html(m, attributes, options));
            return LinkResult.replaceWith(html, scanner.position());
        };
    }

    private static String html(Matcher m, String attributeList, Options options) {
        double value;
        if (m.group(1) != null) {
            value = Double.parseDouble(m.group(1));
        } else {
            double numerator = Double.parseDouble(m.group(2));
            double denominator = Double.parseDouble(m.group(3));
            value = denominator == 0 ? 0 : numerator / denominator * 100;
        }
        value = Math.min(100, value);
        TreeSet<String> sorted = new TreeSet<>();
        sorted.add("progress");
        options.addClasses().stream().filter(c -> !c.isEmpty()).forEach(sorted::add);
        if (options.levelClass()) {
            sorted.add("progress-" + (int) (value - value % options.increment()) + "plus");
        }
        List<String> classes = new ArrayList<>(sorted);
        String label = m.group(4) == null ? "" : m.group(4).strip();
        label = label.length() >= 2 ? label.substring(1, label.length() - 1) : "";
        StringBuilder extra = new StringBuilder();
        if (attributeList != null) {
            Attributes attributes = AttributeList.parse(attributeList.strip()).orElse(Attributes.EMPTY);
            classes.addAll(attributes.classes());
            if (!attributes.id().isEmpty()) {
                extra.append(" id=\"").append(escape(attributes.id())).append('"');
            }
            for (Attributes.Attribute pair : attributes.pairs()) {
                if (pair.name().matches("[A-Za-z_:][-A-Za-z0-9_:.]*")) {
                    extra.append(' ').append(pair.name()).append("=\"").append(escape(pair.value())).append('"');
                }
            }
        }
        return "<div class=\"" + escape(String.join(" ", classes)) + "\"" + extra + "><div class=\"progress-bar\" "
                + "style=\"width:" + String.format(Locale.ROOT, "%.2f", value) + "%\"><p class=\"progress-label\">"
                + escape(label) + "</p></div></div>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
