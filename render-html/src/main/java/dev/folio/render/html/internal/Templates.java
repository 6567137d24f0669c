package dev.folio.render.html.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The theme's FreeMarker templates ({@value #PAGE}, {@value #NOT_FOUND} and the {@code macros.ftlh} they
 * import), compiled once. A file of the same name in the site's {@code custom_dir} replaces the built-in
 * one. HTML auto-escaping is on; {@code ?new} and {@code ?api} are disabled, so a template cannot reach
 * Java classes. Page content is passed in as finished HTML and inserted with {@code ?no_esc}; it is
 * never parsed as a template.
 */
final class Templates {
    static final String PAGE = "page.ftlh";
    static final String NOT_FOUND = "404.ftlh";

    private final Template page;
    private final Template notFound;

    private Templates(Template page, Template notFound) {
        this.page = page;
        this.notFound = notFound;
    }

    /** @param customDir the site's theme folder, whose templates win over the built-in ones */
    static Templates load(Optional<Path> customDir) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, "/dev/folio/render/html/templates");
        try {
            configuration.setTemplateLoader(customDir.isEmpty() ? builtIn : new MultiTemplateLoader(
                    new TemplateLoader[] {confined(new FileTemplateLoader(customDir.get().toFile())), builtIn}));
        } catch (IOException e) {
            throw new UncheckedIOException("the theme folder " + customDir.get() + " cannot be read", e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        try {
            return new Templates(configuration.getTemplate(PAGE), configuration.getTemplate(NOT_FOUND));
        } catch (IOException e) {
            throw new UncheckedIOException("the templates cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The site's template folder, where a template whose links lead out of it is not found (the built-in one
     * is used; ThemeFolders reports it): FreeMarker's loader throws a SecurityException for it, which would
     * stop the whole stage.
     */
    private static TemplateLoader confined(FileTemplateLoader files) {
        return new TemplateLoader() {
            @Override
            public Object findTemplateSource(String name) throws IOException {
                try {
                    return files.findTemplateSource(name);
                } catch (SecurityException e) {
                    return null;
                }
            }

            @Override
            public long getLastModified(Object source) {
                return files.getLastModified(source);
            }

            @Override
            public java.io.Reader getReader(Object source, String encoding) throws IOException {
                return files.getReader(source, encoding);
            }

            @Override
            public void closeTemplateSource(Object source) throws IOException {
                files.closeTemplateSource(source);
            }
        };
    }

    /** Writes a page, as UTF-8, into {@code out}. */
    void page(Map<String, Object> model, Utf8Output out) {
        process(page, model, out);
    }

    byte[] notFound(Map<String, Object> model) {
        Utf8Output out = new Utf8Output();
        process(notFound, model, out);
        return Arrays.copyOf(out.bytes(), out.length());
    }

    private static void process(Template template, Map<String, Object> model, Writer out) {
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            // A site's template that fails (an override in custom_dir) costs the page it failed on, with its message.
            throw new IllegalStateException("template " + template.getName() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
