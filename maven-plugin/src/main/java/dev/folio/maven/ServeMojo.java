package dev.folio.maven;

import dev.folio.maven.internal.LanguageSelection;
import dev.folio.maven.internal.LivePreview;
import dev.folio.maven.internal.LiveReload;
import dev.folio.maven.internal.PreviewServer;
import dev.folio.maven.internal.ProjectPaths;
import dev.folio.maven.internal.RenderStage;
import dev.folio.maven.internal.RendererCatalog;
import dev.folio.maven.internal.SourceWatcher;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.Renderer;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Previews the website while you write, like {@code mkdocs serve}: builds the HTML once into
 * {@code target/folio-serve}, serves it on {@code http://127.0.0.1:8000/}, and watches the
 * source directory (pages, translations, includes, theme overrides, the configuration). After a save it parses
 * only the changed pages again, renders only what they affect (the page, its untranslated copies, the search
 * index; its whole language when its title or headings changed), and reloads the browser tabs showing a page
 * that changed. A change to anything else builds everything again. Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public class ServeMojo extends AbstractFolioMojo {

    private static final String HTML = "html";

    /** The port to serve on; 0 takes any free port (the log line says which). */
    @Parameter(property = "folio.port", defaultValue = "8000")
    private int port;

    /**
     * The address to serve on. The default serves this machine only; {@code 0.0.0.0} serves the whole
     * network, which a preview rarely should.
     */
    @Parameter(property = "folio.host", defaultValue = "127.0.0.1")
    private String host;

    /** Settings passed to the HTML renderer as strings, by name, as for {@code build}. */
    @Parameter
    private Map<String, String> options;

    @Override
    SiteWork prepare(ProjectPaths paths) throws MojoExecutionException {
        if (port < 0 || port > 65535) {
            throw new MojoExecutionException("port: " + port + " is not a port. It accepts 1 to 65535, or 0 for any"
                    + " free port");
        }
        RendererCatalog catalog = checked(() -> RendererCatalog.load(ServeMojo.class.getClassLoader()));
        checked(() -> catalog.select(List.of(HTML), "serve"));
        Supplier<Renderer> html = () -> RendererCatalog.load(ServeMojo.class.getClassLoader())
                .select(List.of(HTML), "serve").get(0);
        Path output = checked(() -> paths.checkOutput(buildDirectory().resolve("folio-serve"), "serve's folder"));
        LanguageSelection selection = new LanguageSelection(languages());
        RenderStage stage = new RenderStage(getLog(), paths.sourceDirectory(),
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                options == null ? Map.of() : new TreeMap<>(options));
        LivePreview preview = new LivePreview(getLog(), siteLoader(paths, selection), selection::apply,
                paths.sourceDirectory(), output, html, stage);
        return new Serving(paths, output, preview);
    }

    /** Builds once, then serves and rebuilds until the JVM is told to stop. */
    private final class Serving implements SiteWork {

        private final ProjectPaths paths;
        private final Path output;
        private final LivePreview preview;

        Serving(ProjectPaths paths, Path output, LivePreview preview) {
            this.paths = paths;
            this.output = output;
            this.preview = preview;
        }

        @Override
        public void run(Site site, DiagnosticSink diagnostics) throws MojoExecutionException {
            Diagnostics found = new Diagnostics();
            preview.build(site, found);
            found.sorted().forEach(diagnostics::report);
        }

        @Override
        public void afterReport() throws MojoExecutionException {
            LiveReload live = new LiveReload();
            PreviewServer server = checked(() -> start(live));
            SourceWatcher watcher;
            try {
                watcher = new SourceWatcher(paths.sourceDirectory(), List.of(buildDirectory(), output),
                        changed -> rebuild(changed, live));
            } catch (IOException failed) {
                server.close();
                throw new MojoExecutionException("serve: cannot watch " + paths.sourceDirectory() + ": " + failed,
                        failed);
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runnable stop = () -> {
                try {
                    watcher.close();
                } catch (IOException ignored) {
                    // Stopping anyway.
                }
                server.close();
                stopped.countDown();
            };
            // Ctrl-C: Maven's JVM runs the shutdown hooks, which stop the watcher and the server.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                getLog().info("Stopping the preview");
                stop.run();
            }, "folio-serve-stop"));
            try {
                watcher.start();
                getLog().info("Serving " + server.url() + " from " + output + "; watching " + paths.sourceDirectory()
                        + " (" + watcher.folders() + " folders). Ctrl-C stops.");
                stopped.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                stop.run();
            }
        }

        private PreviewServer start(LiveReload live) {
            try {
                return PreviewServer.start(output, host, port, live);
            } catch (IOException failed) {
                throw new IllegalStateException("host: cannot serve on " + host + ":" + port + ": " + failed, failed);
            }
        }

        private void rebuild(Set<Path> changed, LiveReload live) {
            try {
                preview.rebuild(changed, live::publish);
            } catch (MojoExecutionException | RuntimeException failed) {
                getLog().error("Rebuild failed; still serving the last build: " + failed.getMessage(), failed);
            }
        }
    }
}
