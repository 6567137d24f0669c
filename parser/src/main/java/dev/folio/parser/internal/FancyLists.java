package dev.folio.parser.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.doc.Attributes;

/**
 * pymdownx.fancylists' ordered markers: {@code 1.} or {@code 1)}, roman numerals ({@code iv.}, {@code IV)}), letters
 * ({@code b.}, {@code B)}; an upper-case letter and a dot need two spaces after them), and the generic {@code #.}, each
 * kind (with its dot or parenthesis) a list type of its own, as pymdownx tells them apart: a single roman letter is a
 * letter in a list of letters, {@code i}/{@code I} starts a roman list, {@code #} takes the type of the list it is in.
 * {@code additional_ordered_styles} ({@code roman}, {@code alpha}, {@code generic}), {@code inject_style} and
 * {@code inject_class} as pymdownx reads them. Immutable.
 */
record FancyLists(boolean roman, boolean alpha, boolean generic, boolean injectStyle, boolean injectClass) {
    private static final Map<String, String> HTML_TYPE = Map.of("decimal", "1", "alpha", "a", "ALPHA", "A",
            "roman", "i", "ROMAN", "I");
    private static final Map<String, String> STYLE = Map.of("1", "decimal", "a", "lower-alpha", "A", "upper-alpha",
            "i", "lower-roman", "I", "upper-roman");
    private static final Map<Character, Integer> ROMAN = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500,
            'M', 1000);
    private static final String UPPER_ROMAN = "(?=[IVXLCDM]{2})M*(?:C[MD]|D(?:C{0,4}|C{5}\\b)|(?:C{0,9}|C{10}\\b))"
            + "(?:X[CL]|L(?:X{0,4}|X{5}\\b)|(?:X{0,9}|X{10}\\b))(?:I[XV]|V(?:I{0,4}|I{5}\\b)|(?:I{0,9}|I{10}\\b))";
    private static final String LOWER_ROMAN = "(?=[ivxlcdm])m*(?:c[md]|d(?:c{0,4}|c{5}\\b)|(?:c{0,9}|c{10}\\b))"
            + "(?:x[cl]|l(?:x{0,4}|x{5}\\b)|(?:x{0,9}|x{10}\\b))(?:i[xv]|v(?:i{0,4}|i{5}\\b)|(?:i{0,9}|i{10}\\b))";

    /** The block that gives the list inside it a type and start: {@code /// fancylists | type=a start=9}. */
    static final String BLOCK = "fancylists";

    /** What a {@code /// fancylists} block says: the list type it forces ({@code alpha}, …) and its start, if any. */
    record Forced(String kind, java.util.OptionalInt start) {
        private static final Map<String, String> KINDS = Map.of("1", "decimal", "a", "alpha", "A", "ALPHA",
                "i", "roman", "I", "ROMAN");

        /** The block's {@code type=… start=…}; empty when the argument is not valid (pymdownx refuses the block). */
        static java.util.Optional<Forced> of(String argument) {
            String kind = "decimal";
            java.util.OptionalInt start = java.util.OptionalInt.empty();
            for (String pair : argument.strip().split("\\s+")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] parts = pair.split("=", 2);
                if (parts.length != 2) {
                    return java.util.Optional.empty();
                }
                if (parts[0].equals("type") && KINDS.containsKey(parts[1])) {
                    kind = KINDS.get(parts[1]);
                } else if (parts[0].equals("start") && parts[1].matches("-?\\d{1,9}")) {
                    start = java.util.OptionalInt.of(Math.max(0, Integer.parseInt(parts[1])));
                } else {
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(new Forced(kind, start));
        }
    }

    /**
     * The type of the first marker of a list a {@code /// fancylists} block forces to {@code forced}: the forced kind
     * when the marker can be one (pymdownx's {@code force-} types), else as {@link #type} reads it.
     */
    String type(Marker marker, Forced forced) {
        String value = marker.value();
        String prefix = marker.separator() == '.' ? "dot-" : "paren-";
        String kind = forced.kind().toLowerCase(java.util.Locale.ROOT);
        boolean letters = !value.isEmpty() && value.chars().allMatch(Character::isLetter);
        if (value.equals("#") || kind.equals("decimal") && Character.isDigit(value.charAt(0))
                || kind.equals("roman") && roman && letters
                        && (value.length() > 2 || "ivxlcdm".contains(value.toLowerCase(java.util.Locale.ROOT)))
                || kind.equals("alpha") && alpha && value.length() == 1 && letters) {
            return prefix + forced.kind();
        }
        return type(marker, "");
    }

    /** A marker: its value ({@code 3}, {@code iv}, {@code b}, {@code #}), separator, and where its content starts. */
    record Marker(String value, char separator, int contentIndex) {
    }

    static java.util.Optional<FancyLists> of(MkDocsConfig config) {
        if (!config.hasExtension("pymdownx.fancylists")) {
            return java.util.Optional.empty();
        }
        Map<String, Object> options = config.extension("pymdownx.fancylists");
        Object styles = options.get("additional_ordered_styles");
        java.util.List<String> enabled = styles instanceof java.util.List<?> list
                ? list.stream().map(String::valueOf).toList() : java.util.List.of("roman", "alpha", "generic");
        return java.util.Optional.of(new FancyLists(enabled.contains("roman"), enabled.contains("alpha"),
                enabled.contains("generic"), Boolean.TRUE.equals(options.get("inject_style")),
                Boolean.TRUE.equals(options.get("inject_class"))));
    }

    /** The marker pattern of each set of enabled styles, made once: it is tried on every line that may start a list. */
    private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private Pattern pattern() {
        return PATTERNS.computeIfAbsent(roman + "," + alpha + "," + generic, key -> compile());
    }

    private Pattern compile() {
        StringBuilder formats = new StringBuilder("\\d{1,9}");
        if (generic) {
            formats.append("|#");
        }
        if (roman) {
            formats.append('|').append(UPPER_ROMAN).append('|').append(LOWER_ROMAN);
            if (!alpha) {
                formats.append("|[IVXLCDM](?=\\)|\\.[ ]{2})");
            }
        }
        if (alpha) {
            formats.append("|[a-z]|[A-Z](?=\\)|\\.[ ]{2})");
        }
        return Pattern.compile("(" + formats + ")([.)])[ ]+");
    }

    /** The ordered marker at {@code start} of {@code line} (its first letter maybe {@link #protect}ed), or null. */
    Marker marker(CharSequence line, int start) {
        String view = restore(line.subSequence(start, Math.min(line.length(), start + 80)).toString());
        Matcher m = pattern().matcher(view);
        if (!m.lookingAt() || m.group(1).isEmpty()) {
            return null;
        }
        return new Marker(m.group(1), m.group(2).charAt(0), start + m.end());
    }

    /*
     * commonmark-java starts no block on a line that begins with a letter (a shortcut of its parser), so "iv. Item"
     * would never reach the list parser. Before parsing, the first letter of each line's marker is moved to the
     * private-use area (same length: positions hold), the list parser reads it back, and every text the parse keeps
     * gets its letters back after (restore). A page that already holds such characters is left as it is.
     */
    private static final char SHIFT = 0xE000;
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^[ \\t]*(?=[A-Za-z]{1,12}[.)][ ])");

    /** The page's text with the first letter of every possible marker moved; the text itself when it cannot be. */
    String protect(String markdown) {
        if (markdown.chars().anyMatch(c -> c >= SHIFT && c < SHIFT + 128)) {
            return markdown;
        }
        Matcher m = LINE_MARKER.matcher(markdown);
        StringBuilder out = null;
        while (m.find()) {
            int letter = m.end();
            if (marker(markdown.substring(letter, markdown.indexOf('\n', letter) < 0 ? markdown.length()
                    : markdown.indexOf('\n', letter)), 0) == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(markdown);
            }
            out.setCharAt(letter, (char) (SHIFT + markdown.charAt(letter)));
        }
        return out == null ? markdown : out.toString();
    }

    /** Letters {@link #protect} moved, back in place. */
    static String restore(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= SHIFT && c < SHIFT + 128) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) (c - SHIFT));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The list type of a marker ({@code dot-decimal}, {@code paren-roman}, {@code dot-ALPHA}, …), given the type of
     * the list it may continue ({@code current}, empty for none): pymdownx's {@code get_fancy_type}.
     */
    String type(Marker marker, String current) {
        String value = marker.value();
        String prefix = marker.separator() == '.' ? "dot-" : "paren-";
        boolean first = current.isEmpty();
        if (value.equals("#")) {
            return prefix + (current.isEmpty() ? "decimal" : current.substring(current.indexOf('-') + 1));
        }
        if (Character.isDigit(value.charAt(0))) {
            return prefix + "decimal";
        }
        if (value.length() == 1) {
            boolean lower = Character.isLowerCase(value.charAt(0));
            String alphaType = lower ? "alpha" : "ALPHA";
            String romanType = lower ? "roman" : "ROMAN";
            boolean inRoman = (lower ? "ivxlcdm" : "IVXLCDM").indexOf(value.charAt(0)) >= 0;
            String i = lower ? "i" : "I";
            if (alpha && (!roman || first && (!inRoman || !(prefix + romanType).equals(current) && !value.equals(i)))) {
                return prefix + alphaType;
            }
            if (alpha && !first && ((prefix + alphaType).equals(current) || !inRoman)) {
                return prefix + alphaType;
            }
            return prefix + romanType;
        }
        return prefix + (Character.isUpperCase(value.charAt(0)) ? "ROMAN" : "roman");
    }

    /** The number a list of {@code type} starting with {@code marker} starts at. */
    static int start(Marker marker, String type) {
        String value = marker.value();
        if (value.equals("#")) {
            return 1;
        }
        String kind = type.substring(type.indexOf('-') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case "decimal" -> Integer.parseInt(value);
            case "roman" -> romanValue(value.toUpperCase(java.util.Locale.ROOT));
            default -> Character.toUpperCase(value.charAt(0)) - 'A' + 1;
        };
    }

    private static int romanValue(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = ROMAN.get(numeral.charAt(i));
            if (i + 1 < numeral.length() && value < ROMAN.get(numeral.charAt(i + 1))) {
                total -= value;
            } else {
                total += value;
            }
        }
        return total;
    }

    /** The {@code <ol>}'s attributes for a list of {@code type}: {@code type}, and the style and class asked for. */
    Attributes attributes(String type) {
        String html = HTML_TYPE.get(type.substring(type.indexOf('-') + 1));
        Attributes attributes = Attributes.EMPTY;
        if (injectClass) {
            attributes = attributes.withClass("fancylists-" + STYLE.get(html));
        }
        if (injectStyle) {
            attributes = attributes.with("style", "list-style-type: " + STYLE.get(html) + ";");
        }
        return attributes.with("type", html);
    }
}
