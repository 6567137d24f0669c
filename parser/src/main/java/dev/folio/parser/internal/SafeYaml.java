package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads YAML safely: plain values only, no tag ever instantiated, aliases, nesting and size bounded
 * (billion laughs, deep nesting and huge inputs are refused, not obeyed). One {@link Yaml} per thread,
 * since it is not thread-safe and costly to create.
 */
final class SafeYaml {
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 50;
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

    static final Function<String, Optional<String>> PROCESS_ENVIRONMENT = name -> Optional.ofNullable(
            System.getenv(name));
    private static final ThreadLocal<SafeYaml> PER_THREAD = ThreadLocal.withInitial(SafeYaml::new);

    private final OpaqueTagConstructor constructor;
    private final Yaml yaml;

    private SafeYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true);
        options.setProcessComments(false);
        // Every tag may be read: the constructor turns unknown ones into opaque strings.
        options.setTagInspector(tag -> true);
        constructor = new OpaqueTagConstructor(options);
        yaml = new Yaml(constructor, new Representer(new DumperOptions()), new DumperOptions(), options,
                new Resolver());
    }

    /** The loader of the calling thread. */
    static SafeYaml get() {
        return PER_THREAD.get();
    }

    /**
     * What loading gave: the value (plain, unmodifiable, acyclic), the tags that were not instantiated,
     * or a failure with its 0-based line and column in the YAML text.
     */
    record Result(Object value, List<OpaqueTagConstructor.ForeignTag> foreignTags,
            Optional<Failure> failure) {
        public Map<String, Object> map() {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            return map;
        }
    }

    /** Why YAML could not be read, at a 0-based line and column of the YAML text. */
    record Failure(String message, int line, int column) {
    }

    /** Loads with {@code !ENV} reading the process environment. */
    Result load(String text) {
        return load(text, PROCESS_ENVIRONMENT);
    }

    /** Loads with {@code !ENV NAME} resolved by {@code environment}. */
    Result load(String text, Function<String, Optional<String>> environment) {
        constructor.reset(environment);
        try {
            Object raw = yaml.load(text);
            return new Result(plain(raw, 0, Collections.newSetFromMap(new IdentityHashMap<>())),
                    constructor.foreignTags(), Optional.empty());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            return failed(problem, mark == null ? 0 : mark.getLine(), mark == null ? 0 : mark.getColumn());
        } catch (YAMLException | TooDeep e) {
            return failed(firstLine(e.getMessage()), 0, 0);
        } catch (RuntimeException | StackOverflowError e) {
            return failed("unreadable YAML: " + e.getClass().getSimpleName(), 0, 0);
        }
    }

    /**
     * Where each setting is written: a path of keys ({@code theme/features/navigation.tabs},
     * {@code plugins/blog}, {@code markdown_extensions/toc/permalink}; a list's plain items and the keys of its maps
     * continue their list's path) → its 1-based line and column. Empty for text that is not YAML.
     */
    Map<String, int[]> positions(String text) {
        Map<String, int[]> positions = new LinkedHashMap<>();
        try {
            Node root = yaml.compose(new java.io.StringReader(text));
            if (root != null) {
                positions(root, "", positions, 0);
            }
        } catch (YAMLException | StackOverflowError | IllegalArgumentException unreadable) {
            // Reported where the file is loaded; no positions.
        }
        return positions;
    }

    private static void positions(Node node, String path, Map<String, int[]> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "/" + key.getValue();
                    out.putIfAbsent(child, new int[] {key.getStartMark().getLine() + 1, key.getStartMark().getColumn() + 1});
                    positions(tuple.getValueNode(), child, out, depth + 1);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    out.putIfAbsent(path + "/" + scalar.getValue(),
                            new int[] {scalar.getStartMark().getLine() + 1, scalar.getStartMark().getColumn() + 1});
                } else {
                    positions(item, path, out, depth + 1);
                }
            }
        }
    }

    private Result failed(String message, int line, int column) {
        return new Result(null, constructor.foreignTags(), Optional.of(new Failure(firstLine(message), line, column)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }

    /** Copies into unmodifiable plain values with String keys; refuses cycles and deep nesting. */
    private static Object plain(Object value, int depth, Set<Object> path) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (depth > MAX_DEPTH) {
            throw new TooDeep("YAML nested deeper than " + MAX_DEPTH + " levels");
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            if (!path.add(value)) {
                throw new TooDeep("YAML value refers to itself");
            }
            try {
                if (value instanceof Map<?, ?> map) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v, depth + 1, path)));
                    return Collections.unmodifiableMap(copy);
                }
                List<Object> copy = new ArrayList<>();
                for (Object item : (Iterable<?>) value) {
                    copy.add(plain(item, depth + 1, path));
                }
                return Collections.unmodifiableList(copy);
            } finally {
                path.remove(value);
            }
        }
        return String.valueOf(value);
    }

    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep(String message) {
            super(message, null, false, false);
        }
    }
}
