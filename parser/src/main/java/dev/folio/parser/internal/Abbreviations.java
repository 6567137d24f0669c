package dev.folio.parser.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of abbreviations matched in one pass over a text, whatever their number: a trie of the terms
 * is walked from each word start, and the longest term that ends at a word boundary wins. Word
 * boundaries are Unicode-aware as Python's {@code \b}: {@code 使用E2EE} has none before {@code E2EE}.
 * Immutable once built.
 */
final class Abbreviations {
    static final Abbreviations NONE = new Abbreviations(Map.of());

    private final Map<String, String> titles;
    private final TrieNode root = new TrieNode();
    /**
     * The root's children for ASCII first characters, indexed by the character: most positions of a
     * text are skipped with this one array lookup.
     */
    private final TrieNode[] asciiFirst = new TrieNode[128];
    /**
     * The other first characters (Cyrillic, CJK, … terms), one bit per UTF-16 unit, so other text is
     * skipped as cheaply, with one array read. Null while no term begins outside ASCII: then nothing
     * outside ASCII is looked up at all.
     */
    private long[] otherFirst;
    /**
     * For two ASCII characters {@code a b}, at {@code a << 7 | b}: whether a term begins with them, or is
     * {@code a} alone followed by anything (then every {@code b} is marked, 0 for the end of the text too).
     */
    private final boolean[] asciiPairs = new boolean[128 * 128];
    /** {@link Character#isLetterOrDigit} or {@code _} for ASCII, looked up rather than computed. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c) || c == '_';
        }
    }

    /**
     * A trie node: its children's characters sorted in a plain array beside the children, so a step
     * is a search in a few chars, not a boxed {@code HashMap<Character, …>} lookup (which cost most
     * of the matching time).
     */
    private static final class TrieNode {
        private static final char[] NO_KEYS = {};
        private static final TrieNode[] NO_CHILDREN = {};

        char[] keys = NO_KEYS;
        TrieNode[] children = NO_CHILDREN;
        String term;

        TrieNode child(char c) {
            char[] k = keys;
            if (k.length <= 8) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return children[i];
                    }
                }
                return null;
            }
            int at = Arrays.binarySearch(k, c);
            return at >= 0 ? children[at] : null;
        }

        TrieNode childOrNew(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            TrieNode created = new TrieNode();
            char[] k = new char[keys.length + 1];
            TrieNode[] n = new TrieNode[children.length + 1];
            System.arraycopy(keys, 0, k, 0, insert);
            System.arraycopy(children, 0, n, 0, insert);
            k[insert] = c;
            n[insert] = created;
            System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, n, insert + 1, children.length - insert);
            keys = k;
            children = n;
            return created;
        }
    }

    /** A term found in a text, from {@code start} to {@code end}. */
    record Match(int start, int end, String term, String title) {
    }

    Abbreviations(Map<String, String> titles) {
        this.titles = Map.copyOf(titles);
        titles.keySet().forEach(this::add);
    }

    boolean isEmpty() {
        return titles.isEmpty();
    }

    /** These abbreviations with {@code more} on top (a later definition of a term wins). */
    Abbreviations with(Map<String, String> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, String> all = new LinkedHashMap<>(titles);
        all.putAll(more);
        return new Abbreviations(all);
    }

    private void add(String term) {
        if (term.isEmpty()) {
            return;
        }
        TrieNode node = root;
        for (int i = 0; i < term.length(); i++) {
            node = node.childOrNew(term.charAt(i));
        }
        node.term = term;
        char first = term.charAt(0);
        if (first < 128) {
            if (term.length() == 1) {
                for (int next = 0; next < 128; next++) {
                    asciiPairs[first << 7 | next] = true;
                }
            } else if (term.charAt(1) < 128) {
                asciiPairs[first << 7 | term.charAt(1)] = true;
            } // a second character outside ASCII: the pair test lets such text through to the trie
        }
        if (first < asciiFirst.length) {
            asciiFirst[first] = root.child(first);
        } else {
            if (otherFirst == null) {
                otherFirst = new long[(Character.MAX_VALUE + 1) / 64];
            }
            otherFirst[first >>> 6] |= 1L << first;
        }
    }

    /**
     * The first match at or after {@code from}, or null. A match can begin only where a word starts or at a
     * character that is not part of a word, so the scan steps over the rest of each word; at a word start, a
     * table of first characters and one of first pairs turn most words away before the trie. Stepping over
     * words keeps the branches predictable: testing every character against the first characters of the
     * terms (half the letters of English prose) cost a mispredicted branch every other character.
     */
    Match find(String text, int from) {
        if (titles.isEmpty()) {
            return null;
        }
        int length = text.length();
        int i = from;
        if (i > 0 && isWord(text.charAt(i - 1))) {
            while (i < length && isWord(text.charAt(i))) {
                i++;
            }
        }
        while (i < length) {
            char c = text.charAt(i);
            if (mayBeginAt(text, i, c)) {
                Match match = longestAt(text, i, c);
                if (match != null) {
                    return match;
                }
            }
            i++;
            if (isWord(c)) {
                while (i < length && isWord(text.charAt(i))) {
                    i++;
                }
            }
        }
        return null;
    }

    /** Whether some term begins with the character at {@code i} and, for ASCII, with it and the next one. */
    private boolean mayBeginAt(String text, int i, char c) {
        if (c >= 128) {
            return beginsOtherTerm(c);
        }
        if (asciiFirst[c] == null) {
            return false;
        }
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        return next >= 128 || asciiPairs[c << 7 | next];
    }

    /** The longest term that starts at {@code start} (a word start) and ends at a word boundary. */
    private Match longestAt(String text, int start, char c) {
        TrieNode node = c < asciiFirst.length ? asciiFirst[c] : beginsOtherTerm(c) ? root.child(c) : null;
        String found = null;
        int foundEnd = -1;
        for (int i = start + 1; node != null; i++) {
            if (node.term != null && boundary(text, start, i)) {
                found = node.term;
                foundEnd = i;
            }
            node = i < text.length() ? node.child(text.charAt(i)) : null;
        }
        return found == null ? null : new Match(start, foundEnd, found, titles.get(found));
    }

    private boolean beginsOtherTerm(char c) {
        long[] bits = otherFirst;
        return bits != null && (bits[c >>> 6] & 1L << c) != 0;
    }

    private static boolean boundary(String text, int start, int end) {
        boolean startOk = start == 0 || !(isWord(text.charAt(start - 1)) && isWord(text.charAt(start)));
        boolean endOk = end == text.length() || !(isWord(text.charAt(end - 1)) && isWord(text.charAt(end)));
        return startOk && endOk;
    }

    private static boolean isWord(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }
}
