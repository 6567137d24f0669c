package dev.folio.maven.internal;

import dev.folio.model.render.RenderScope;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** folio:serve without Maven: the preview server, the watcher, partial rebuilds and the reload events. */
class LivePreviewTest {

    @TempDir
    Path project;

    private Path docs;
    private Path output;
    private LivePreview preview;
    private LiveReload live;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void serve() throws Exception {
        docs = Files.createDirectories(project.resolve("src/docs"));
        Files.writeString(docs.resolve("index.md"), "# Home\n\nRead the [guide](guide.md).\n");
        Files.writeString(docs.resolve("guide.md"), "# Guide\n\nThe first version.\n");
        Files.createDirectories(docs.resolve("i18n/he"));
        Files.writeString(docs.resolve("i18n/he/index.md"), "# בית\n");
        output = project.resolve("target/folio-serve");
        SystemStreamLog log = new SystemStreamLog();
        LanguageSelection all = new LanguageSelection(List.of());
        SiteLoader loader = new SiteLoader(log, "Preview", all, "mkdocs.yml", null);
        RenderStage stage = new RenderStage(log, docs, BuildTime.UNSET, Map.of());
        BuildPipeline pipeline = new BuildPipeline(log, ProjectPaths.of(project, docs), loader, all, stage,
                () -> List.of(new RenderTarget(RendererCatalog.load(getClass().getClassLoader())
                        .select(List.of("html"), "test").get(0), output)),
                RenderScope::pages, BuildPipeline.Publications.NONE);
        preview = new LivePreview(log, pipeline, output);
        preview.build();
        live = new LiveReload();
        server = PreviewServer.start(output, "127.0.0.1", 0, live);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesTheSiteWithTheReloadScriptAddedOnlyWhenServed() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains(LiveReload.PATH).contains("<h1");
        assertThat(Files.readString(output.resolve("index.html"))).doesNotContain(LiveReload.PATH);

        HttpResponse<String> folder = get("/guide");
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/guide/");
        assertThat(get("/guide/").body()).contains("The first version.");
        assertThat(get("/_folio/folio.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");

        HttpResponse<String> missing = get("/nowhere/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("404").contains(LiveReload.PATH);
    }

    @Test
    void refusesEveryWayOutOfTheFolder() throws IOException {
        Files.writeString(project.resolve("target/secret.txt"), "secret");
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/he/..%2f..%2fsecret.txt",
                "/..\\secret.txt", "/%5c..%5csecret.txt")) {
            String response = rawGet(path);
            assertThat(response).as(path).startsWith("HTTP/1.1 40").doesNotContain("secret\n").doesNotEndWith("secret");
        }
        assertThat(rawGet("/he/")).startsWith("HTTP/1.1 200");
    }

    @Test
    void anEditReloadsTheTabsOfTheChangedPagesOnly() throws Exception {
        BlockingQueue<String> events = listen();
        List<Set<String>> reloads = new ArrayList<>();
        try (SourceWatcher watcher = new SourceWatcher(docs, List.of(output), changed -> {
            try {
                preview.rebuild(changed, paths -> {
                    reloads.add(paths);
                    live.publish(paths);
                });
            } catch (MojoExecutionException e) {
                throw new IllegalStateException(e);
            }
        }).start()) {
            assertThat(watcher.folders()).as("docs, i18n and i18n/he").isEqualTo(3);
            Files.writeString(docs.resolve("guide.md"), "# Guide\n\nThe second version.\n");
            String event = events.poll(60, TimeUnit.SECONDS);
            assertThat(event).as("a reload event").isNotNull()
                    .contains("\"/guide/\"").contains("\"/he/guide/\"").doesNotContain("\"/\"");
            assertThat(get("/guide/").body()).contains("The second version.");
            assertThat(get("/he/guide/").body()).as("the untranslated copy").contains("The second version.");

            Files.writeString(docs.resolve("guide.md"), "# Handbook\n\nThe second version.\n");
            String retitled = events.poll(60, TimeUnit.SECONDS);
            assertThat(retitled).as("a new title changes every page's navigation").contains("\"/\"")
                    .contains("\"/guide/\"");
            assertThat(get("/").body()).contains("Handbook");
        }
        preview.rebuild(Set.of(docs.resolve("guide.md")), reloads::add);
        assertThat(reloads.get(reloads.size() - 1)).as("a save without a change reloads nothing").isEmpty();
    }

    @Test
    void aDeletedPageLeavesTheOutput() throws Exception {
        assertThat(output.resolve("guide/index.html")).isRegularFile();
        Files.delete(docs.resolve("guide.md"));
        List<Set<String>> reloads = new ArrayList<>();
        preview.rebuild(Set.of(docs.resolve("guide.md")), reloads::add);
        assertThat(output.resolve("guide")).doesNotExist();
        assertThat(output.resolve("he/guide")).doesNotExist();
        assertThat(reloads.get(0)).contains("/");
    }

    private BlockingQueue<String> listen() throws InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + LiveReload.PATH.substring(1))).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                .filter(line -> line.startsWith("data: ")).forEach(events::add));
        for (int i = 0; i < 200 && live.listeners() == 0; i++) {
            Thread.sleep(25);
        }
        assertThat(live.listeners()).as("the test's tab listens").isEqualTo(1);
        return events;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request exactly as written, which no HTTP client library would send. */
    private String rawGet(String path) throws IOException {
        URI url = URI.create(server.url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            StringBuilder response = new StringBuilder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    response.append(line).append('\n');
                }
            }
            return response.toString();
        }
    }
}
