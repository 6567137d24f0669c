package dev.folio.render.html;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven as a reader drives it, through the DevTools protocol: open a page, press and release the
 * mouse at a point (real input events: focus moves as it does under a hand), read a value the page computes, take a
 * screenshot. Answers are read with a pattern, not a JSON library: every value asked for is a string.
 */
final class BrowserSession implements AutoCloseable {
    private static final Pattern PAGE_SOCKET = Pattern.compile(
            "\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"|"
                    + "\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"type\"\\s*:\\s*\"page\"");
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final Pattern STRING_VALUE = Pattern.compile("\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DATA = Pattern.compile("\"data\":\"([^\"]*)\"");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    private BrowserSession(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** A browser window of this size, its profile in {@code profile}. */
    static BrowserSession open(Path chromium, Path profile, int width, int height) throws Exception {
        Files.createDirectories(profile);
        Files.deleteIfExists(profile.resolve("DevToolsActivePort"));
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "about:blank")
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IOException("Chromium did not open its DevTools port");
                }
                Thread.sleep(50);
            }
            String port = Files.readAllLines(portFile).get(0).strip();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher page = PAGE_SOCKET.matcher(targets);
            if (!page.find()) {
                throw new IOException("no page among Chromium's targets: " + targets);
            }
            String url = page.group(1) != null ? page.group(1) : page.group(2);
            BrowserSession[] session = new BrowserSession[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
                private final StringBuilder message = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    message.append(data);
                    if (last) {
                        session[0].answer(message.toString());
                        message.setLength(0);
                    }
                    webSocket.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            session[0] = new BrowserSession(process, socket);
            return session[0];
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private void answer(String message) {
        Matcher id = ID.matcher(message);
        if (id.find()) {
            CompletableFuture<String> waiting = pending.remove(Integer.parseInt(id.group(1)));
            if (waiting != null) {
                waiting.complete(message);
            }
        }
    }

    /** Sends a DevTools command ({@code params} a JSON object) and waits for its answer. */
    String send(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                .get(10, TimeUnit.SECONDS);
        String reply = answer.get(30, TimeUnit.SECONDS);
        if (reply.contains("\"error\":")) {
            throw new IOException(method + " failed: " + reply);
        }
        return reply;
    }

    /** Opens a page and waits until it has loaded and its scripts have run. */
    void navigate(String url) throws Exception {
        send("Page.navigate", "{\"url\":" + quoted(url) + "}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!evaluate("document.readyState + ':' + location.href").equals("complete:" + url)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the page did not load: " + url);
            }
            Thread.sleep(50);
        }
    }

    /** The value of a JavaScript expression, as a string. */
    String evaluate(String expression) throws Exception {
        String reply = send("Runtime.evaluate", "{\"expression\":" + quoted("String(" + expression + ")")
                + ",\"returnByValue\":true}");
        Matcher value = STRING_VALUE.matcher(reply);
        if (!value.find()) {
            throw new IOException("no value for " + expression + ": " + reply);
        }
        return unquoted(value.group(1));
    }

    /** A left click at a point of the viewport, pressed and released as a mouse does. */
    void click(double x, double y) throws Exception {
        String at = "\"x\":" + x + ",\"y\":" + y;
        send("Input.dispatchMouseEvent", "{\"type\":\"mouseMoved\"," + at + "}");
        send("Input.dispatchMouseEvent", "{\"type\":\"mousePressed\",\"button\":\"left\",\"clickCount\":1," + at + "}");
        send("Input.dispatchMouseEvent", "{\"type\":\"mouseReleased\",\"button\":\"left\",\"clickCount\":1," + at + "}");
    }

    /** Clicks the middle of the first element the selector finds. */
    void click(String selector) throws Exception {
        String box = "document.querySelector(" + quoted(selector) + ").getBoundingClientRect()";
        double x = Double.parseDouble(evaluate(box + ".x + " + box + ".width / 2"));
        double y = Double.parseDouble(evaluate(box + ".y + " + box + ".height / 2"));
        click(x, y);
    }

    /** Media features the page sees, e.g. {@code prefers-color-scheme: dark}; {@code media} as print or screen. */
    void emulate(String media, String colourScheme) throws Exception {
        send("Emulation.setEmulatedMedia", "{\"media\":" + quoted(media) + ",\"features\":[{\"name\":"
                + "\"prefers-color-scheme\",\"value\":" + quoted(colourScheme) + "}]}");
    }

    /** The viewport as a PNG. */
    void screenshot(Path file) throws Exception {
        Matcher data = DATA.matcher(send("Page.captureScreenshot", "{\"format\":\"png\"}"));
        if (!data.find()) {
            throw new IOException("no screenshot");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(data.group(1)));
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String unquoted(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 == json.length()) {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(escaped);
            }
        }
        return out.toString();
    }

    /**
     * Stops Chromium and every process it started: its helpers (zygote, crash handler) outlive it otherwise and go on
     * writing into the profile, which JUnit then fails to delete with the temporary directory.
     */
    @Override
    public void close() {
        socket.abort();
        java.util.List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle helper : helpers) {
                helper.destroy();
                try {
                    helper.onExit().get(5, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    helper.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            helpers.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
