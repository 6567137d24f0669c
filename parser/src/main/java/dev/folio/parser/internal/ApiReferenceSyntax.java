package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.parser.SourceLine;

/**
 * An API reference a plugin generates from Python code: mkdocstrings' {@code ::: package.module} (its line regex,
 * an optional heading's hashes before it) with the YAML options indented under it, or mkautodoc's with its
 * {@code :docstring:} and {@code :members:} lines. Only when the site enables the plugin; otherwise the line is text,
 * as in MkDocs. Folio runs no Python: the block becomes a placeholder ({@code ApiReference} in the model).
 */
final class ApiReferenceSyntax {
    /** mkdocstrings' {@code AutoDocProcessor.regex}, for one line. */
    private static final Pattern LINE = Pattern.compile("^(#{1,6} *|)::: ?(\\S.*?) *$");

    private ApiReferenceSyntax() {
    }

    /** Which plugin writes the site's API references, if it enables one. */
    static Optional<String> plugin(MkDocsConfig config) {
        if (config.hasExtension("mkautodoc")) {
            return Optional.of("mkautodoc");
        }
        return dev.folio.model.SiteConfig.plugins(config.raw().get("plugins")).containsKey("mkdocstrings")
                ? Optional.of("mkdocstrings") : Optional.empty();
    }

    static final class Node extends CustomBlock {
        final String plugin;
        final String identifier;
        /** The lines indented under the {@code :::} line, as written. */
        final StringBuilder options = new StringBuilder();

        Node(String plugin, String identifier) {
            this.plugin = plugin;
            this.identifier = identifier;
        }

        /** The members the options name: mkdocstrings' {@code options: members:} (or the older {@code selection:}). */
        List<String> members() {
            if (options.isEmpty() || "mkautodoc".equals(plugin)) {
                return List.of();
            }
            Map<String, Object> yaml = SafeYaml.get().load(options.toString().stripIndent()).map();
            List<String> members = new ArrayList<>();
            for (String section : List.of("options", "selection")) {
                if (yaml.get(section) instanceof Map<?, ?> map && map.get("members") instanceof List<?> list) {
                    list.forEach(member -> members.add(String.valueOf(member)));
                }
            }
            return members;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        private final String plugin;

        Factory(String plugin) {
            this.plugin = plugin;
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= IndentedBodyParser.INDENT) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (start >= line.length() || line.charAt(start) != ':' && line.charAt(start) != '#') {
                return BlockStart.none();
            }
            Matcher m = LINE.matcher(line.subSequence(start, line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            return BlockStart.of(new Parser(new Node(plugin, m.group(2)))).atIndex(line.length());
        }
    }

    /** The {@code :::} line, then its indented option lines; blank lines between them belong to it too. */
    private static final class Parser extends AbstractBlockParser {
        private final Node node;
        /** Whether a line after the {@code :::} line was taken: lines before that are the {@code :::} line's. */
        private boolean continued;

        Parser(Node node) {
            this.node = node;
        }

        @Override
        public Block getBlock() {
            return node;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank() || state.getIndent() >= IndentedBodyParser.INDENT) {
                continued = true;
                return BlockContinue.atIndex(state.getIndex());
            }
            return BlockContinue.none();
        }

        @Override
        public void addLine(SourceLine line) {
            if (!continued) {
                return; // the ::: line itself, already read
            }
            node.options.append(line.getContent()).append('\n');
        }
    }
}
