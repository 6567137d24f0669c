package dev.folio.render.kit;

import dev.folio.model.doc.Block;
import dev.folio.model.doc.CodeBlock;
import dev.folio.model.doc.Document;
import dev.folio.model.doc.Inline;
import dev.folio.model.doc.LineBreak;
import dev.folio.model.doc.Node;
import dev.folio.model.doc.OrderedList;
import dev.folio.model.doc.Paragraph;
import dev.folio.model.doc.Text;
import dev.folio.model.doc.Traversal;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Material's annotations, as its script finds them: a code block (with {@code theme.features:
 * content.code.annotate}, or the class {@code annotate} on the fence) or any block with the class {@code annotate},
 * followed by an ordered list (empty-looking paragraphs between are skipped, as Material skips paragraphs without
 * elements), holds markers {@code (1)} whose list item is the annotation's text. In code a marker counts only inside a
 * comment token ({@code c}, {@code c1}, {@code cm}, plus the classes {@code extra.annotate} names for the language);
 * {@code (1)!} makes the whole comment the marker. A marker without its list item stays text.
 *
 * @param codeFeature   {@code content.code.annotate} is on: every code block takes the list after it
 * @param extraComments per language, the further token classes holding markers ({@code extra.annotate: {json:
 *                      [.s2]}})
 */
public record CodeAnnotations(boolean codeFeature, Map<String, Set<String>> extraComments) {

    /** Annotations in code blocks with the class {@code annotate} and in blocks with that class only. */
    public static final CodeAnnotations DEFAULT = new CodeAnnotations(false, Map.of());

    private static final Set<String> COMMENTS = Set.of("c", "c1", "cm");
    private static final Pattern MARKER = Pattern.compile("\\((\\d{1,9})\\)(!)?");

    /** A piece of one text a marker splits: text to show as it is, or the marker of annotation {@code number}. */
    public sealed interface Piece permits Plain, Marker {
    }

    public record Plain(String text) implements Piece {
    }

    /** @param number the annotation's number, from 1: the list item it shows */
    public record Marker(int number) implements Piece {
    }

    /** The markup of a block's annotations, written where their markers stand. */
    @FunctionalInterface
    public interface Notes {
        /** Annotation {@code number}'s markup, or {@code null} when the list has no such item. */
        @Nullable String annotation(int number);
    }

    public CodeAnnotations {
        extraComments = Map.copyOf(extraComments);
    }

    /** The site's settings: {@code theme.features} and {@code extra.annotate}. */
    public static CodeAnnotations of(Map<String, Object> config) {
        boolean feature = config.get("theme") instanceof Map<?, ?> theme && theme.get("features") instanceof List<?> list
                && list.contains("content.code.annotate");
        Map<String, Set<String>> extra = new java.util.HashMap<>();
        if (config.get("extra") instanceof Map<?, ?> extraConfig && extraConfig.get("annotate") instanceof Map<?, ?> map) {
            map.forEach((language, selectors) -> {
                Set<String> classes = new LinkedHashSet<>();
                if (selectors instanceof List<?> items) {
                    for (Object item : items) {
                        String selector = String.valueOf(item).strip();
                        if (selector.startsWith(".") && selector.length() > 1) {
                            classes.add(selector.substring(1));
                        }
                    }
                }
                extra.put(String.valueOf(language).toLowerCase(Locale.ROOT), Set.copyOf(classes));
            });
        }
        return new CodeAnnotations(feature, extra);
    }

    /**
     * Each annotated block of the document and the list that holds its annotations, by identity: what the writers
     * consult as they meet the block, and then the list (shown only in print once a marker used it).
     */
    public Map<Block, OrderedList> lists(Document document) {
        Map<Block, OrderedList> lists = new IdentityHashMap<>();
        pair(document.blocks(), lists);
        Traversal.nodes(document).forEach(node -> {
            if (!(node instanceof Inline)) {
                pair(Traversal.children(node), lists);
            }
        });
        return lists;
    }

    private void pair(List<? extends Node> siblings, Map<Block, OrderedList> lists) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i) instanceof Block block && annotated(block)) {
                int next = i + 1;
                while (next < siblings.size() && siblings.get(next) instanceof Paragraph paragraph
                        && withoutElements(paragraph)) {
                    next++;
                }
                if (next < siblings.size() && siblings.get(next) instanceof OrderedList list) {
                    lists.put(block, list);
                }
            }
        }
    }

    private boolean annotated(Block block) {
        if (block instanceof CodeBlock code) {
            return codeFeature || code.attributes().hasClass("annotate") || code.option(".annotate").isPresent();
        }
        return !(block instanceof OrderedList) && block.attributes().hasClass("annotate");
    }

    /** A paragraph Material's script takes for empty: one with no element inside, only text. */
    private static boolean withoutElements(Paragraph paragraph) {
        return paragraph.attributes().isEmpty() && paragraph.content().stream()
                .allMatch(inline -> inline instanceof Text || inline instanceof LineBreak line && !line.hard());
    }

    /** Whether a token of this class, in code of this language, may hold markers. */
    public boolean holdsMarkers(String tokenClass, String language) {
        return COMMENTS.contains(tokenClass)
                || extraComments.getOrDefault(language.toLowerCase(Locale.ROOT), Set.of()).contains(tokenClass);
    }

    /**
     * One text (a comment token's text on one line, or a text of an annotated block) split at its markers, as
     * Material's script splits a text node: {@code (N)} is cut out and the text after it searched again;
     * {@code (N)!} turns the whole text into the marker. Without a marker, one plain piece.
     */
    public static List<Piece> split(String text) {
        Matcher marker = MARKER.matcher(text);
        if (!marker.find()) {
            return List.of(new Plain(text));
        }
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        do {
            int number = Integer.parseInt(marker.group(1));
            if (marker.group(2) != null) {
                return List.of(new Marker(number));
            }
            if (marker.start() > from) {
                pieces.add(new Plain(text.substring(from, marker.start())));
            }
            pieces.add(new Marker(number));
            from = marker.end(1) + 1;
        } while (marker.find(from));
        if (from < text.length()) {
            pieces.add(new Plain(text.substring(from)));
        }
        return pieces;
    }
}
