package dev.folio.model.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Generic attributes of a node, as Pandoc's {@code Attr}: an id, classes and key=value pairs,
 * each kept in the order written. They come from attribute lists ({@code { #id .class key=value }})
 * and from the attributes of {@code markdown} HTML elements. Renderers decide how to write them
 * (MkDocs writes HTML attributes in alphabetical order).
 */
public record Attributes(String id, List<String> classes, List<Attribute> pairs) {

    public static final Attributes EMPTY = new Attributes("", List.of(), List.of());

    /** One key=value pair. The value may be empty ({@code title=""}). */
    public record Attribute(String name, String value) {
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public Attributes {
        id = id == null ? "" : id;
        classes = List.copyOf(classes);
        pairs = List.copyOf(pairs);
    }

    public static Attributes ofId(String id) {
        return EMPTY.withId(id);
    }

    public static Attributes ofClasses(String... classes) {
        return new Attributes("", List.of(classes), List.of());
    }

    public boolean isEmpty() {
        return id.isEmpty() && classes.isEmpty() && pairs.isEmpty();
    }

    public boolean hasClass(String name) {
        return classes.contains(name);
    }

    /** The value of the last pair with this name, as attribute lists let a later pair win. */
    public Optional<String> get(String name) {
        for (int i = pairs.size() - 1; i >= 0; i--) {
            if (pairs.get(i).name().equals(name)) {
                return Optional.of(pairs.get(i).value());
            }
        }
        return Optional.empty();
    }

    public Attributes withId(String newId) {
        return new Attributes(newId, classes, pairs);
    }

    public Attributes withClass(String name) {
        if (classes.contains(name)) {
            return this;
        }
        List<String> more = new ArrayList<>(classes);
        more.add(name);
        return new Attributes(id, more, pairs);
    }

    /** Sets a pair, replacing an earlier one of the same name in place. */
    public Attributes with(String name, String value) {
        List<Attribute> more = new ArrayList<>(pairs);
        more.removeIf(a -> a.name().equals(name));
        more.add(new Attribute(name, value));
        return new Attributes(id, classes, more);
    }

    public Attributes without(String name) {
        List<Attribute> fewer = new ArrayList<>(pairs);
        fewer.removeIf(a -> a.name().equals(name));
        return new Attributes(id, classes, fewer);
    }

    /** These attributes, then {@code other}'s on top: its id wins if set, classes are added. */
    public Attributes merge(Attributes other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Attributes merged = other.id.isEmpty() ? this : withId(other.id);
        for (String c : other.classes) {
            merged = merged.withClass(c);
        }
        for (Attribute a : other.pairs) {
            merged = merged.with(a.name(), a.value());
        }
        return merged;
    }
}
