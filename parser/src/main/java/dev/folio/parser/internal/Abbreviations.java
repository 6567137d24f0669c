package dev.folio.parser.internal;

import java.util.HashMap;
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
    /** The first characters of the terms: most positions of a text can be skipped with one lookup. */
    private final java.util.BitSet firstChars = new java.util.BitSet();

    private static final class TrieNode {
        final Map<Character, TrieNode> next = new HashMap<>();
        String term;
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
        firstChars.set(term.charAt(0));
        TrieNode node = root;
        for (int i = 0; i < term.length(); i++) {
            node = node.next.computeIfAbsent(term.charAt(i), c -> new TrieNode());
        }
        node.term = term;
    }

    /** The first match at or after {@code from}, or null. */
    Match find(String text, int from) {
        if (titles.isEmpty()) {
            return null;
        }
        for (int start = from; start < text.length(); start++) {
            if (!firstChars.get(text.charAt(start))) {
                continue;
            }
            if (start > 0 && isWord(text.charAt(start - 1)) && isWord(text.charAt(start))) {
                continue; // not a word start
            }
            TrieNode node = root;
            String found = null;
            int foundEnd = -1;
            for (int i = start; i < text.length(); i++) {
                node = node.next.get(text.charAt(i));
                if (node == null) {
                    break;
                }
                if (node.term != null && boundary(text, start, i + 1)) {
                    found = node.term;
                    foundEnd = i + 1;
                }
            }
            if (found != null) {
                return new Match(start, foundEnd, found, titles.get(found));
            }
        }
        return null;
    }

    private static boolean boundary(String text, int start, int end) {
        boolean startOk = start == 0 || !(isWord(text.charAt(start - 1)) && isWord(text.charAt(start)));
        boolean endOk = end == text.length() || !(isWord(text.charAt(end - 1)) && isWord(text.charAt(end)));
        return startOk && endOk;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
