package dev.folio.macros;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;

import dev.folio.model.Diagnostic;
import dev.folio.model.SourcePosition;
import dev.folio.model.source.PageTemplates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * mkdocs-macros: each page's Markdown is a Jinja2 template, rendered with Jinjava before it is parsed. The variables
 * are mkdocs-macros' own: {@code config} (the whole configuration), {@code plugin} (its own options), {@code extra}'s
 * keys at the top level, {@code page}
 * ({@code page.meta}, {@code page.file.src_path}) and the page's front matter keys; {@code {% include %}} reads files of
 * the project only ({@link ProjectFiles}). What runs is bounded: no Java class or method is reachable, loops and
 * ranges are capped, the output is capped, includes nest a few levels deep; a template that breaks a bound is one
 * diagnostic and the page keeps its Markdown as written. A page whose front matter says {@code render_macros: false}
 * is not rendered; with {@code render_by_default: false}, only those saying {@code true} or matching
 * {@code force_render_paths}.
 */
public final class JinjaMacros implements PageTemplates {
    /** Beyond these, a template is refused: far above any page's needs. */
    private static final int MAX_RANGE = 10_000;
    private static final int MAX_LIST = 10_000;
    private static final long MAX_OUTPUT = 5_000_000;
    private static final int MAX_DEPTH = 10;

    @Override
    public String plugin() {
        return "macros";
    }

    @Override
    public Engine engine(Map<String, Object> config, Map<String, Object> pluginOptions, Path projectRoot,
            Path docsFolder) {
        Map<String, Object> withDefaults = new LinkedHashMap<>(config);
        // MkDocs' defaults, which its config object holds though the file does not say them.
        withDefaults.putIfAbsent("docs_dir", projectRoot.toAbsolutePath().normalize()
                .relativize(docsFolder.toAbsolutePath().normalize()).toString().replace('\\', '/'));
        withDefaults.putIfAbsent("site_dir", "site");
        withDefaults.putIfAbsent("use_directory_urls", true);
        return new MacrosEngine(withDefaults, pluginOptions, MacrosOptions.of(pluginOptions),
                ProjectFiles.of(projectRoot, docsFolder, pluginOptions));
    }

    /** The Jinjava set up once per site; each page renders in its own interpreter. */
    private static final class MacrosEngine implements Engine {
        private final Map<String, Object> config;
        private final Map<String, Object> pluginOptions;
        private final MacrosOptions options;
        private final Jinjava jinjava;

        MacrosEngine(Map<String, Object> config, Map<String, Object> pluginOptions, MacrosOptions options,
                ProjectFiles files) {
            this.config = config;
            this.pluginOptions = pluginOptions;
            this.options = options;
            JinjavaConfig settings = JinjavaConfig.newBuilder()
                    .withRangeLimit(MAX_RANGE)
                    .withMaxListSize(MAX_LIST)
                    .withMaxMapSize(MAX_LIST)
                    .withMaxOutputSize(MAX_OUTPUT)
                    .withMaxStringLength(MAX_OUTPUT)
                    .withMaxRenderDepth(MAX_DEPTH)
                    .withMaxMacroRecursionDepth(MAX_DEPTH)
                    .withEnableRecursiveMacroCalls(false)
                    .withFailOnUnknownTokens(options.strict())
                    .withRestrictedMethods(Set.of("getClass", "class", "forName", "getDeclaredMethods",
                            "getMethods", "getClassLoader", "wait", "notify", "notifyAll"))
                    .withRestrictedProperties(Set.of("class", "classLoader", "declaredMethods", "methods"))
                    // Same page, same output: no clock, no chance (random picks the first).
                    .withDateTimeProvider(() -> 0L)
                    .withRandomNumberGeneratorStrategy(
                            com.hubspot.jinjava.random.RandomNumberGeneratorStrategy.CONSTANT_ZERO)
                    .build();
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(JinjaMacros.class.getClassLoader());
            try {
                this.jinjava = new Jinjava(settings);
            } finally {
                thread.setContextClassLoader(previous);
            }
            jinjava.setResourceLocator(files);
        }

        @Override
        public Rendered render(String markdown, Map<String, Object> meta, String sourcePath, String file) {
            if (!options.renders(meta.get("render_macros"), sourcePath)) {
                return new Rendered(markdown, List.of());
            }
            if (!options.delimiters().opensIn(markdown)) {
                return new Rendered(markdown, List.of()); // no template syntax: nothing to do, the common case
            }
            Map<String, Object> variables = variables(meta, sourcePath);
            String template = options.delimiters().toStandard(markdown);
            List<String> pythonMacros = List.of();
            if (options.keep()) {
                UndefinedVariables.Kept kept = UndefinedVariables.keep(template, variables.keySet());
                template = kept.template();
                pythonMacros = kept.pythonMacros();
            }
            RenderResult result;
            // Jinjava's expression language finds its factory through the context class loader, which a Maven
            // plugin's thread does not point at this jar's.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(JinjaMacros.class.getClassLoader());
            try {
                result = jinjava.renderForResult(template, variables);
            } catch (RuntimeException | StackOverflowError e) {
                return new Rendered(markdown, List.of(Diagnostic.warning("macros", "the page's macros could not be"
                        + " rendered (" + e.getClass().getSimpleName() + "); its Markdown is kept as written",
                        SourcePosition.of(file, 1, 1))));
            } finally {
                thread.setContextClassLoader(previous);
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (String macro : new java.util.LinkedHashSet<>(pythonMacros)) {
                diagnostics.add(Diagnostic.warning("macros", "macro " + macro + "() is not defined in the page or its"
                        + " includes: it comes from the site's Python module, which Folio does not run; a placeholder"
                        + " stands for each call", SourcePosition.of(file, 1, 1)));
            }
            boolean fatal = false;
            for (TemplateError error : result.getErrors()) {
                boolean isError = error.getSeverity() == TemplateError.ErrorType.FATAL;
                fatal |= isError;
                int line = Math.max(1, error.getLineno());
                diagnostics.add(Diagnostic.warning("macros", "macros: " + describe(error)
                        + (isError ? "; the page's Markdown is kept as written" : ""), SourcePosition.of(file, line, 1)));
            }
            return new Rendered(fatal ? markdown : result.getOutput(), diagnostics);
        }

        private static String describe(TemplateError error) {
            String message = error.getMessage() == null ? String.valueOf(error.getReason()) : error.getMessage();
            return message.strip();
        }

        /** mkdocs-macros' variables for one page. */
        private Map<String, Object> variables(Map<String, Object> meta, String sourcePath) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("config", config);
            variables.put("plugin", pluginOptions);
            if (config.get("extra") instanceof Map<?, ?> extra) {
                extra.forEach((key, value) -> variables.put(String.valueOf(key), value));
                variables.put("extra", extra);
            }
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("meta", meta);
            page.put("title", meta.getOrDefault("title", ""));
            page.put("file", Map.of("src_path", sourcePath, "src_uri", sourcePath));
            variables.put("page", page);
            meta.forEach(variables::put);
            return variables;
        }
    }
}
