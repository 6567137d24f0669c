package dev.folio.macros;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mkdocs-macros' default {@code on_undefined: keep}: an expression whose variable nothing defines stays as written
 * ({@code {{ version }}} on a site without {@code version}), where Jinjava would print nothing. Before rendering, each
 * {@code {{ name… }}} whose name is neither a variable of the page, nor bound by the template itself ({@code set},
 * {@code for}, {@code macro} and its arguments, {@code import … as}, {@code from … import}), nor one of Jinja's own,
 * is wrapped in {@code {% raw %}}. A call of such a name ({@code {{ button('Go') }}}) is a macro of the site's Python
 * module, which Folio does not run: it becomes a marked placeholder, and is listed.
 */
final class UndefinedVariables {
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%\\}.*?\\{%-?\\s*endraw\\s*-?%\\}",
            Pattern.DOTALL);
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{-?\\s*([A-Za-z_][A-Za-z0-9_]*)(?:(?!\\}\\}).)*\\}\\}",
            Pattern.DOTALL);
    private static final Pattern BINDING = Pattern.compile("\\{%-?\\s*(?:set\\s+([\\w, ]+?)\\s*=|set\\s+(\\w+)\\s*-?%"
            + "|for\\s+([\\w, ]+?)\\s+in\\b|macro\\s+(\\w+)\\s*\\(([^)]*)\\)|import\\s+.+?\\s+as\\s+(\\w+)"
            + "|from\\s+.+?\\s+import\\s+([\\w, ]+))", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");
    /** Jinja's and Jinjava's own names: always defined. */
    private static final Set<String> JINJA = Set.of("range", "loop", "caller", "super", "self", "namespace", "cycler",
            "joiner", "lipsum", "dict", "true", "false", "none", "True", "False", "None", "varargs", "kwargs",
            "truncate", "datetimeformat", "unixtimestamp", "type", "list", "tojson");

    private UndefinedVariables() {
    }

    /** The template to render, and the Python macros it calls that stand as placeholders. */
    record Kept(String template, java.util.List<String> pythonMacros) {
    }

    static Kept keep(String template, Set<String> variables) {
        Set<String> known = new HashSet<>(variables);
        known.addAll(JINJA);
        Matcher binding = BINDING.matcher(template);
        while (binding.find()) {
            for (int group = 1; group <= binding.groupCount(); group++) {
                if (binding.group(group) != null) {
                    Matcher name = NAME.matcher(binding.group(group).replaceAll("=[^,]*", ""));
                    while (name.find()) {
                        known.add(name.group());
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(template.length());
        java.util.List<String> calls = new java.util.ArrayList<>();
        Matcher raw = RAW.matcher(template);
        int from = 0;
        while (raw.find()) {
            keepIn(template.substring(from, raw.start()), known, out, calls);
            out.append(raw.group());
            from = raw.end();
        }
        keepIn(template.substring(from), known, out, calls);
        return new Kept(out.toString(), calls);
    }

    private static void keepIn(String text, Set<String> known, StringBuilder out, java.util.List<String> calls) {
        Matcher expression = EXPRESSION.matcher(text);
        int from = 0;
        while (expression.find()) {
            out.append(text, from, expression.start());
            String name = expression.group(1);
            if (known.contains(name)) {
                out.append(expression.group());
            } else if (expression.group().substring(expression.end(1) - expression.start()).stripLeading()
                    .startsWith("(")) {
                calls.add(name);
                out.append("{% raw %}<span class=\"folio-placeholder\" title=\"A macro of the site's Python code, which")
                        .append(" Folio does not run\">").append(name).append("(…)</span>{% endraw %}");
            } else {
                out.append("{% raw %}").append(expression.group()).append("{% endraw %}");
            }
            from = expression.end();
        }
        out.append(text.substring(from));
    }
}
