package dev.folio.maven;

import dev.folio.maven.internal.BuildPipeline;
import dev.folio.maven.internal.LivePreview;
import dev.folio.maven.internal.LiveReload;
import dev.folio.maven.internal.PreviewServer;
import dev.folio.maven.internal.ProjectPaths;
import dev.folio.maven.internal.RenderStage;
import dev.folio.maven.internal.RenderTarget;
import dev.folio.maven.internal.RendererCatalog;
import dev.folio.maven.internal.SourceWatcher;
import dev.folio.model.render.RenderScope;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

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
    void run(ProjectPaths paths) throws MojoExecutionException, MojoFailureException {
        if (port < 0 || port > 65535) {
            throw new MojoExecutionException("port: " + port + " is not a port. It accepts 1 to 65535, or 0 for any"
                    + " free port");
        }
        RendererCatalog catalog = checked(() -> RendererCatalog.load(ServeMojo.class.getClassLoader()));
        checked(() -> catalog.select(List.of(HTML), "serve"));
        Path output = checked(() -> paths.checkOutput(buildDirectory().resolve("folio-serve"), "serve's folder"));
        RenderStage stage = new RenderStage(getLog(), paths.sourceDirectory(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), options == null ? Map.of() : new TreeMap<>(options));
        // A new HTML renderer for each full build, so that an edited theme is read again.
        BuildPipeline pipeline = pipeline(paths, stage, () -> List.of(new RenderTarget(
                RendererCatalog.load(ServeMojo.class.getClassLoader()).select(List.of(HTML), "serve").get(0), output)),
                RenderScope::pages, BuildPipeline.Publications.NONE);
        LivePreview preview = new LivePreview(getLog(), pipeline, output);
        // failOnWarning does not stop a preview: its point is to see and fix what is wrong.
        report(paths, preview.build(), false);
        serve(paths, output, preview);
    }

    /** Serves and rebuilds until the JVM is told to stop. */
    private void serve(ProjectPaths paths, Path output, LivePreview preview) throws MojoExecutionException {
        LiveReload live = new LiveReload();
        PreviewServer server = checked(() -> start(output, live));
        SourceWatcher watcher;
        try {
            watcher = new SourceWatcher(paths.sourceDirectory(), List.of(buildDirectory(), output),
                    changed -> rebuild(preview, changed, live));
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

    private PreviewServer start(Path output, LiveReload live) {
        try {
            return PreviewServer.start(output, host, port, live);
        } catch (IOException failed) {
            throw new IllegalStateException("host: cannot serve on " + host + ":" + port + ": " + failed, failed);
        }
    }

    private void rebuild(LivePreview preview, Set<Path> changed, LiveReload live) {
        try {
            preview.rebuild(changed, live::publish);
        } catch (MojoExecutionException | RuntimeException failed) {
            getLog().error("Rebuild failed; still serving the last build: " + failed.getMessage(), failed);
        }
    }
}
