package dev.folio.parser.internal;

import java.util.Locale;

/** How one line changes the nesting depth of an element name: its start tags minus its end tags. */
final class TagDepth {
    private TagDepth() {
    }

    /** Counts start and end tags of one element name on a line; tags inside code spans are text. */
    static int change(CharSequence line, String tag) {
        return scan(line, tag, 0).depth();
    }

    /**
     * Where the element closes on this line: the index after the {@code >} of the end tag that brings the depth,
     * {@code before} at the line's start, back to 0; -1 when it stays open.
     */
    static int closingEnd(CharSequence line, String tag, int before) {
        return scan(line, tag, before).closedAt();
    }

    /** The depth after the line, and where it first came back to 0 after an end tag (-1: nowhere). */
    private record Scan(int depth, int closedAt) {
    }

    private static Scan scan(CharSequence line, String tag, int before) {
        String lower = withoutCodeSpans(line.toString().toLowerCase(Locale.ROOT));
        int depth = before;
        int closedAt = -1;
        int from = 0;
        while ((from = lower.indexOf('<', from)) >= 0) {
            boolean end = lower.startsWith("/", from + 1);
            int nameStart = from + (end ? 2 : 1);
            if (lower.startsWith(tag, nameStart)) {
                int after = nameStart + tag.length();
                char next = after < lower.length() ? lower.charAt(after) : ' ';
                if (next == '>' || Character.isWhitespace(next) || next == '/') {
                    int gt = lower.indexOf('>', after);
                    boolean selfClosing = gt > 0 && lower.charAt(gt - 1) == '/';
                    if (!selfClosing) {
                        depth += end ? -1 : 1;
                        if (end && depth <= 0 && closedAt < 0 && gt > 0) {
                            closedAt = gt + 1;
                        }
                    }
                }
            }
            from = nameStart;
        }
        return new Scan(depth, closedAt);
    }

    /** Blanks out {@code `code`} spans (a backtick run up to the next run of the same length). */
    private static String withoutCodeSpans(String line) {
        if (line.indexOf('`') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line);
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < line.length() && line.charAt(runEnd) == '`') {
                runEnd++;
            }
            String fence = line.substring(i, runEnd);
            int close = line.indexOf(fence, runEnd);
            while (close >= 0 && close + fence.length() < line.length() && line.charAt(close + fence.length()) == '`') {
                close = line.indexOf(fence, close + fence.length() + 1);
            }
            if (close < 0) {
                i = runEnd;
                continue;
            }
            for (int k = i; k < close + fence.length(); k++) {
                out.setCharAt(k, ' ');
            }
            i = close + fence.length();
        }
        return out.toString();
    }
}
