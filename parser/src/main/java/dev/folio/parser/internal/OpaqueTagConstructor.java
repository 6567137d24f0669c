package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML constructor that builds only plain values (String, Boolean, Integer, Long, Double, List, Map)
 * and never instantiates a type named by a tag. {@code !ENV NAME} and {@code !ENV [NAME, …, default]}
 * (MkDocs' environment tags) are resolved; any other unknown tag ({@code !!java.io.File},
 * {@code !!python/name:…}) becomes the opaque string {@code "!tag value"} and is remembered, so the
 * caller decides whether it is an error. Not thread-safe: one per {@link SafeYaml} per thread.
 */
final class OpaqueTagConstructor extends SafeConstructor {
    private static final int BRIEF = 500;
    private final List<ForeignTag> foreignTags = new ArrayList<>();
    private Function<String, Optional<String>> environment;

    /** An unknown tag met while loading, with its 0-based line in the YAML text. */
    record ForeignTag(String tag, int line, int column) {
    }

    OpaqueTagConstructor(LoaderOptions options) {
        super(options);
        this.environment = name -> Optional.empty();
        this.yamlConstructors.put(new Tag("!ENV"), new ConstructEnv());
        // Timestamps, binary and sets would otherwise become Date, byte[] and Set: keep the text.
        this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructAsWritten());
        this.yamlConstructors.put(Tag.BINARY, new ConstructAsWritten());
        this.yamlConstructors.put(Tag.SET, new ConstructOpaque());
        this.yamlConstructors.put(Tag.OMAP, new ConstructOpaque());
        this.yamlConstructors.put(Tag.PAIRS, new ConstructOpaque());
        this.yamlConstructors.put(null, new ConstructOpaque());
        this.yamlMultiConstructors.clear();
    }

    /** The unknown tags of the last load; cleared by {@link #reset}. */
    List<ForeignTag> foreignTags() {
        return List.copyOf(foreignTags);
    }

    /** Clears the unknown tags and sets what {@code !ENV} reads for the next load. */
    void reset(Function<String, Optional<String>> environment) {
        foreignTags.clear();
        this.environment = environment;
    }

    private final class ConstructAsWritten extends AbstractConstruct {
        @Override
        public Object construct(Node node) {
            return node instanceof ScalarNode scalar ? scalar.getValue() : null;
        }
    }

    private final class ConstructOpaque extends AbstractConstruct {
        @Override
        public Object construct(Node node) {
            String tag = node.getTag().getValue();
            foreignTags.add(new ForeignTag(shortTag(tag), node.getStartMark().getLine(),
                    node.getStartMark().getColumn()));
            String value = "";
            if (node instanceof ScalarNode scalar) {
                value = " " + scalar.getValue();
            } else if (node instanceof MappingNode mapping) {
                // Kept as brief text ({kwds={case=lower}}), so that a reader of a named function can see its keywords.
                StringBuilder text = new StringBuilder(" ");
                brief(constructMapping(mapping), text);
                value = text.toString();
            } else if (node instanceof SequenceNode sequence) {
                StringBuilder text = new StringBuilder(" ");
                brief(constructSequence(sequence), text);
                value = text.toString();
            }
            return "!" + shortTag(tag) + value;
        }
    }

    /** At most {@value #BRIEF} characters of a value's text: aliases must not make it grow without end. */
    private static void brief(Object value, StringBuilder out) {
        if (out.length() > BRIEF) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (out.length() > BRIEF) {
                    break;
                }
                brief(entry.getKey(), out);
                out.append('=');
                brief(entry.getValue(), out);
                out.append(", ");
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (Object item : list) {
                if (out.length() > BRIEF) {
                    break;
                }
                brief(item, out);
                out.append(", ");
            }
            out.append(']');
        } else {
            String text = String.valueOf(value);
            out.append(text, 0, Math.min(text.length(), BRIEF + 1 - Math.min(out.length(), BRIEF)));
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!" + tag.substring(Tag.PREFIX.length()) : tag.replaceFirst("^!", "");
    }

    /** {@code !ENV NAME} or {@code !ENV [NAME1, NAME2, default]}: the first set variable, else the default. */
    private final class ConstructEnv extends AbstractConstruct {
        @Override
        public Object construct(Node node) {
            if (node instanceof ScalarNode scalar) {
                return environment.apply(scalar.getValue()).orElse(null);
            }
            if (node instanceof SequenceNode sequence) {
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    Node item = items.get(i);
                    boolean last = i == items.size() - 1;
                    if (item instanceof ScalarNode name && !(last && items.size() > 1)) {
                        Optional<String> value = environment.apply(name.getValue());
                        if (value.isPresent()) {
                            return value.get();
                        }
                    } else if (last) {
                        return constructObject(item);
                    }
                }
                return null;
            }
            if (node instanceof MappingNode mapping) {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    map.put(constructObject(tuple.getKeyNode()), constructObject(tuple.getValueNode()));
                }
                return map;
            }
            return null;
        }
    }
}
