package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Block;
import dev.folio.model.doc.FootnoteDefinition;
import dev.folio.model.doc.FootnoteReference;

/**
 * Footnote numbering for one page: a footnote gets its number at its first reference in document
 * order; each reference counts its occurrence. Definitions nobody references come last. Undefined
 * references and unused definitions are warnings. Not thread-safe.
 */
final class Footnotes {
    private final Map<String, FootnoteSyntax.Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final PageContext page;

    Footnotes(PageContext page) {
        this.page = page;
    }

    /** Registers a definition found before conversion; a second one with the same label is a warning. */
    void define(FootnoteSyntax.Definition definition) {
        if (definitions.putIfAbsent(definition.label, definition) != null) {
            page.warn("footnote-duplicate", "footnote [^" + definition.label + "] is defined twice; the first wins",
                    page.position(definition));
        }
    }

    FootnoteReference reference(String label, SourcePosition at) {
        int occurrence = occurrences.merge(label, 1, Integer::sum);
        if (!definitions.containsKey(label)) {
            page.warn("footnote-undefined", "footnote [^" + label + "] is not defined", at);
            return new FootnoteReference(label, 0, occurrence, Attributes.EMPTY, at);
        }
        int number = numbers.computeIfAbsent(label, l -> numbers.size() + 1);
        return new FootnoteReference(label, number, occurrence, Attributes.EMPTY, at);
    }

    /**
     * The definitions by number, bodies converted now (after the page text, so references inside
     * notes number after those of the text). Unused definitions are numbered last, with a warning.
     */
    List<FootnoteDefinition> finish(Function<FootnoteSyntax.Definition, List<Block>> convert) {
        List<FootnoteDefinition> out = new ArrayList<>();
        while (true) {
            // Converting a body may reference further notes, which extends the numbering.
            List<String> labels = new ArrayList<>(numbers.keySet());
            if (out.size() < labels.size()) {
                String label = labels.get(out.size());
                FootnoteSyntax.Definition definition = definitions.get(label);
                out.add(new FootnoteDefinition(label, out.size() + 1, convert.apply(definition), Attributes.EMPTY,
                        page.position(definition)));
                continue;
            }
            FootnoteSyntax.Definition unused = definitions.values().stream()
                    .filter(d -> !numbers.containsKey(d.label)).findFirst().orElse(null);
            if (unused == null) {
                return out;
            }
            page.warn("footnote-unused", "footnote [^" + unused.label + "] is never referenced",
                    page.position(unused));
            numbers.put(unused.label, numbers.size() + 1);
        }
    }
}
