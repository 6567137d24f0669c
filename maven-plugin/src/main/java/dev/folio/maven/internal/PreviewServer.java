package dev.folio.maven.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serves a built site from its folder, as a static host would: {@code index.html} for a folder (a folder's
 * URL without its slash is redirected, so relative links work), the site's {@code 404.html} with status 404,
 * content types by extension, nothing outside the folder ({@code ..} in any spelling is refused), GET and HEAD
 * only. HTML pages get the {@link LiveReload} script as they are served.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("wasm", "application/wasm"));

    private final Path root;
    private final Path realRoot;
    private final LiveReload live;
    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private PreviewServer(Path root, LiveReload live, HttpServer server, ExecutorService threads) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
        this.live = live;
        this.server = server;
        this.threads = threads;
    }

    /**
     * @param port 0 for any free port
     * @throws IllegalArgumentException when the port is taken, naming the parameter
     */
    public static PreviewServer start(Path root, String host, int port, LiveReload live) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (BindException taken) {
            throw new IllegalArgumentException("port: " + host + ":" + port + " is in use (" + taken.getMessage()
                    + "). Set another with -Dfolio.port=8001, or 0 for any free port");
        }
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "folio-serve");
            thread.setDaemon(true);
            return thread;
        });
        PreviewServer preview = new PreviewServer(root.toAbsolutePath().normalize(), live, server, threads);
        server.createContext("/", preview::handle);
        server.setExecutor(threads);
        server.start();
        return preview;
    }

    /** The address as a browser opens it. */
    public String url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path == null || path.isEmpty()) {
                path = "/";
            }
            if (path.equals(LiveReload.PATH)) {
                live.handle(exchange);
                return;
            }
            Path file = resolve(path);
            if (file == null) {
                send(exchange, 403, "text/plain; charset=utf-8", "Forbidden\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    String raw = exchange.getRequestURI().getRawPath();
                    String query = exchange.getRequestURI().getRawQuery();
                    exchange.getResponseHeaders().set("Location", raw + "/" + (query == null ? "" : "?" + query));
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file) && file.toRealPath().startsWith(realRoot)) {
                send(exchange, 200, type(file), body(file));
            } else {
                Path missing = root.resolve("404.html");
                byte[] body = Files.isRegularFile(missing) ? body(missing)
                        : "Not found\n".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, Files.isRegularFile(missing) ? type(missing) : "text/plain; charset=utf-8", body);
            }
        }
    }

    /** The file a URL path names, or null when it would leave the folder. */
    Path resolve(String path) {
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        Path file = root.resolve(path.substring(1)).normalize();
        return file.startsWith(root) ? file : null;
    }

    private byte[] body(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (type(file).startsWith("text/html")) {
            return LiveReload.inject(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Ends the live streams and stops the server; requests in flight get a moment to finish. */
    @Override
    public void close() {
        if (!open.getAndSet(false)) {
            return;
        }
        live.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
