package dev.folio.render.html.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SourcePosition;
import dev.folio.model.render.FileKind;
import dev.folio.model.render.PageKey;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderScope;
import dev.folio.model.render.RenderResult;
import dev.folio.model.work.EachInParallel;
import dev.folio.render.kit.CodeAnnotations;
import dev.folio.render.kit.SiteUrls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a whole site: {@code <lang>/<page>} for every page of every language, a root
 * {@code index.html} (the default language's home page, linked from the root), {@code 404.html},
 * {@code sitemap.xml} and {@code sitemap.xml.gz} (listing nothing when the site has no URL, as MkDocs writes them), the theme's assets and each language's own assets. Pages are rendered in parallel; diagnostics are
 * reported afterwards in page order, so the log is the same from run to run.
 */
public final class SiteWriter {
    /** Templates by the site's theme folder (none: the built-in ones), compiled once each. */
    private final Map<Optional<Path>, Templates> templates = new ConcurrentHashMap<>();

    /** A file the pages' stage writes: a page, or a file made of every page of the site. */
    private sealed interface Work permits Job, SiteFile {
    }

    /** One file to render: a page at a location (its own, or the site root for the home page). */
    private record Job(Page page, String location, boolean reportsDiagnostics) implements Work {
    }

    /**
     * A file made from every page of the site (a language's search index, the sitemap); {@code gzipped}: written
     * a second time compressed, as {@code path.gz}, beside it (MkDocs' {@code sitemap.xml.gz}).
     */
    private record SiteFile(String path, Supplier<String> content, boolean gzipped) implements Work {
    }

    /** What rendering a page left to report, and the script bundles it links (see {@link ScriptBundles}). */
    private record Written(List<Diagnostic> diagnostics, Set<ScriptBundles.Kind> bundles) {
        static final Written NOTHING = new Written(List.of(), Set.of());
    }

    public RenderResult write(Site site, RenderContext context) throws IOException {
        try {
            return writeSite(site, context);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private RenderResult writeSite(Site site, RenderContext context) throws IOException {
        List<Diagnostic> siteDiagnostics = new ArrayList<>();
        OutputFolder output = new OutputFolder(context.outputDirectory());
        AssetCatalog assets = AssetCatalog.of(site, siteDiagnostics);
        IconLibrary icons = new IconLibrary(ThemeFolders.iconFolders(site, context, siteDiagnostics));
        Optional<Path> customDir = ThemeFolders.customDir(site, context, siteDiagnostics);
        // The templates are compiled on another core while this one prepares the rest (a tenth of a second each).
        ForkJoinTask<Templates> compiling = ForkJoinTask.adapt(() -> templates.computeIfAbsent(customDir, Templates::load))
                .fork();
        Map<String, Object> config = site.config().raw();
        PublishedPages published = new PublishedPages(site);
        Publication publication = new Publication(site, assets, new Anchors(site, FootnoteSettings.of(config)), published, icons,
                EmojiImages.of(config), MarkupOptions.of(config),
                SiteChrome.of(site, assets, icons, siteDiagnostics), ThemeFeatures.of(config), TocSettings.of(config),
                FootnoteSettings.of(config),
                HighlightSettings.of(config), CodeAnnotations.of(config),
                ExtraAssets.of(site, assets, "extra_css", siteDiagnostics),
                ExtraAssets.of(site, assets, "extra_javascript", siteDiagnostics),
                navigation(site, published, ThemeFeatures.of(config)));

        RenderScope scope = context.scope();
        List<Job> jobs = jobs(site, published, siteDiagnostics);
        if (!scope.isEverything()) {
            jobs = jobs.stream().filter(job -> scope.includes(PageKey.of(job.page()))).toList();
        }
        SocialImages social = SocialImages.of(site, context, assets, publication.chrome(), output);
        Templates theme = compiling.join();
        // The search indexes and the sitemap walk every page again: built beside the pages, and first, as the
        // longest pieces of work, rather than after them on cores that one by one run out of work.
        List<Work> work = new ArrayList<>(siteFiles(site, context, scope));
        work.addAll(jobs);
        List<Written> results = writeAll(work, jobs.size(), publication, theme, output, social, context);

        publication.emoji().copyUsed(output);
        // The bundles the rendered pages link: each page found its own while it was rendered.
        Set<ScriptBundles.Kind> bundles = EnumSet.noneOf(ScriptBundles.Kind.class);
        results.forEach(written -> bundles.addAll(written.bundles()));
        if (!scope.isEverything()) {
            // A partial render (a live preview's edit): the theme, 404 page and assets are already there, and
            // the bundles too unless the edit gave the site its first diagram or formula.
            for (ScriptBundles.Kind kind : ScriptBundles.Kind.values()) {
                if (output.exists(kind.script())) {
                    bundles.remove(kind);
                }
            }
            ScriptBundles.write(output, bundles);
            return result(site, context, siteDiagnostics, results, jobs, published, output, assets);
        }
        output.write(ThemeAssets.STYLESHEET, ThemeAssets.stylesheet(icons, customDir, config));
        output.write(ThemeAssets.SCRIPT, ThemeAssets.script(customDir));
        ScriptBundles.write(output, bundles);
        try {
            output.write("404.html", notFoundPage(publication, theme));
        } catch (RuntimeException e) {
            siteDiagnostics.add(Diagnostic.error("render-failed", "404.html not written: " + firstLine(
                    String.valueOf(e.getMessage())), SourcePosition.of("mkdocs.yml", 0, 0)));
        }
        for (Redirects.RedirectPage redirect : Redirects.of(site, published, siteDiagnostics)) {
            output.write(redirect.path(), redirect.html());
        }
        for (Language language : site.languages()) {
            for (Map.Entry<String, Path> asset : assets.assets(language.code()).entrySet()) {
                output.copy(site.config().folder(language.code()) + asset.getKey(), asset.getValue());
            }
        }
        return result(site, context, siteDiagnostics, results, jobs, published, output, assets);
    }

    private static RenderResult result(Site site, RenderContext context, List<Diagnostic> siteDiagnostics,
            List<Written> results, List<Job> jobs, PublishedPages published, OutputFolder output, AssetCatalog assets) {
        DiagnosticSink sink = context.diagnostics();
        siteDiagnostics.forEach(sink::report);
        results.forEach(written -> written.diagnostics().forEach(sink::report));
        long pages = jobs.stream().filter(Job::reportsDiagnostics).count();
        long fallbacks = jobs.stream().filter(job -> published.isFallback(job.page())).count();
        List<Path> files = output.files();
        return new RenderResult("html", files, pages + (pages == 1 ? " page" : " pages") + " in "
                + site.languages().size() + (site.languages().size() == 1 ? " language" : " languages")
                + (fallbacks == 0 ? "" : " (+ " + fallbacks + " untranslated shown in "
                        + site.config().defaultLanguage() + ")")
                + (!context.scope().isEverything() ? ", only those in the build's scope"
                        : ", " + assets.count() + " assets copied"), kinds(output, files));
    }

    /** Pages (every HTML file: articles, 404, redirects), search indexes, and the files pages load. */
    private static Map<Path, FileKind> kinds(OutputFolder output, List<Path> files) {
        Map<Path, FileKind> kinds = new HashMap<>();
        for (Path file : files) {
            String relative = output.root().relativize(file).toString().replace('\\', '/');
            kinds.put(file, relative.endsWith(".html") ? FileKind.PAGE
                    : relative.startsWith(SearchIndex.FOLDER) ? FileKind.SEARCH_INDEX : FileKind.ASSET);
        }
        return kinds;
    }

    /** Writes every file of the stage in parallel; what each left to report, in the order of {@code work}. */
    private List<Written> writeAll(List<Work> work, long pages, Publication publication, Templates theme,
            OutputFolder output, SocialImages social, RenderContext context) {
        AtomicLong done = new AtomicLong();
        // One page buffer per rendering thread, taken and given back around each page; they go with this write.
        Queue<Utf8Output> buffers = new ConcurrentLinkedQueue<>();
        return EachInParallel.map(work, item -> {
            if (item instanceof SiteFile file) {
                String content = file.content().get();
                write(output, file.path(), content);
                if (file.gzipped()) {
                    write(output, file.path() + ".gz", gzip(content));
                }
                return Written.NOTHING;
            }
            Utf8Output buffer = Optional.ofNullable(buffers.poll()).orElseGet(Utf8Output::new);
            Written page = render(publication, (Job) item, theme, output, social, buffer.reset());
            buffers.add(buffer);
            context.progress().update(done.incrementAndGet(), pages, "pages");
            return page;
        });
    }

    /** The search index of each language (of the selected ones) and, for a whole site with a URL, the sitemap. */
    private static List<SiteFile> siteFiles(Site site, RenderContext context, RenderScope scope) {
        List<SiteFile> files = new ArrayList<>();
        if (scope.isEverything()) {
            files.add(new SiteFile("sitemap.xml", () -> Sitemap.of(site, context.buildTime()), true));
        }
        for (Language language : site.languages()) {
            if (scope.includesSearchIndex(language.code())) {
                files.add(new SiteFile(SearchIndex.path(language.code()), () -> SearchIndex.of(site, language.code()), false));
            }
        }
        return files;
    }

    private static void write(OutputFolder output, String path, String content) {
        try {
            output.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputFolder output, String path, byte[] content) {
        try {
            output.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gzip with no name and no time in its header (GZIPOutputStream writes neither): the same bytes every build. */
    private static byte[] gzip(String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length() / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Job> jobs(Site site, PublishedPages published, List<Diagnostic> diagnostics) {
        List<Job> jobs = new ArrayList<>();
        for (Language language : site.languages()) {
            List<Page> pages = new ArrayList<>(site.pages(language.code()));
            pages.addAll(published.fallbacks(language));
            for (Page page : pages) {
                if (!SiteLocations.isContained(page.outputPath())) {
                    diagnostics.add(Diagnostic.error("bad-output-path", "page not written: its output path '"
                            + page.outputPath() + "' leaves the output folder",
                            SourcePosition.of(page.sourceFile(), 0, 0)));
                    continue;
                }
                jobs.add(new Job(page, site.config().folder(language.code()) + page.outputPath(), !published.isFallback(page)));
            }
        }
        if (!site.config().folder(site.config().defaultLanguage()).isEmpty()) {
            // The primary language has a folder of its own: the root shows its home page.
            homePage(site).ifPresent(home -> jobs.add(new Job(home, "index.html", false)));
        }
        return jobs;
    }

    /** Each language's navigation, prepared once for all its pages. */
    private static Map<String, NavigationHtml> navigation(Site site, PublishedPages published, ThemeFeatures features) {
        Map<String, NavigationHtml> navigation = new LinkedHashMap<>();
        for (Language language : site.languages()) {
            String code = language.code();
            navigation.put(code, NavigationHtml.of(NavigationView.of(site.navigation(code), "",
                    source -> published.exists(code, source) ? rootPath(site.config().folder(code)
                            + site.config().urlStyle().linkPath(source)) : null, features)));
        }
        return navigation;
    }

    /** A path from the output root as {@link NavigationHtml} takes it: the root itself is {@code ./}. */
    private static String rootPath(String path) {
        return path.isEmpty() ? "./" : path;
    }

    /** The default language's home page: {@code index.md}, else the first page of its navigation. */
    private static Optional<Page> homePage(Site site) {
        String language = site.config().defaultLanguage();
        return site.page(language, "index.md")
                .or(() -> site.page(language, "README.md"))
                .or(() -> site.pagesInNavigationOrder(language).stream().findFirst())
                .or(() -> site.pages(language).stream().findFirst());
    }

    /**
     * One page, or the diagnostic saying why it was not written: a page the templates or writers fail on costs
     * that page, never the site. Failing to write a file is not the page's fault and stops the stage.
     */
    private Written render(Publication publication, Job job, Templates templates, OutputFolder output,
            SocialImages social, Utf8Output html) {
        try {
            return renderPage(publication, job, templates, output, social, html);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            Page page = job.page();
            List<Diagnostic> failed = List.of(Diagnostic.error("render-failed", "page not written: "
                    + job.location() + " could not be rendered (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")",
                    SourcePosition.of(page.sourceFile(), 1, 1)));
            return new Written(failed, Set.of());
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private Written renderPage(Publication publication, Job job, Templates templates, OutputFolder output,
            SocialImages social, Utf8Output html) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Page page = job.page();
        LinkResolver links = new LinkResolver(publication.site(), publication.assets(), publication.anchors(),
                publication.published(), page, job.location(), diagnostics);
        String content = new ContentWriter(links, publication.icons(), publication.emoji(), publication.markup(), publication.anchors().primaryIds(page),
                publication.toc(), publication.footnotes(), publication.highlight(), publication.annotations(), diagnostics).write(page.document(), PageView.insertedTitle(page));
        Map<String, Object> model = PageView.of(publication, page, job.location(), links, content);
        Set<ScriptBundles.Kind> bundles = ScriptBundles.used(page);
        model.putAll(ScriptBundles.model(bundles, job.location()));
        social.addTo(model, page);
        try {
            templates.page(model, html);
            output.write(job.location(), html.bytes(), html.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(job.reportsDiagnostics() ? diagnostics : List.of(), bundles);
    }

    private static byte[] notFoundPage(Publication publication, Templates templates) {
        Site site = publication.site();
        Language language = site.config().defaultLanguageInfo();
        Map<String, Object> model = new LinkedHashMap<>(PageView.common(publication, language, "404.html"));
        model.put("homeHref", SiteLocations.relative("404.html", site.config().folder(language.code())));
        // 404.html is served for missing pages at any depth: only URLs from the site's root work there.
        SiteUrls.rootPath(site.config()).ifPresent(base -> {
            model.put("homeHref", base + site.config().folder(language.code()));
            model.put("theme", base + ThemeAssets.FOLDER + "/");
            model.put("siteRoot", base);
            model.put("searchIndex", base + SearchIndex.path(language.code()));
            model.putAll(publication.chrome().model(language.code(), language.code(), publication.assets(),
                    path -> base + path));
        });
        return templates.notFound(model);
    }
}
