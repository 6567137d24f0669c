package dev.folio.maven.internal;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reloads the browser tabs showing a page that changed, with Server-Sent Events: each served HTML page gets a
 * small script (added when served, never written into the built files) that listens on {@value #PATH} and
 * reloads when an event lists its own path, or {@code *}.
 */
public final class LiveReload {

    /** Hidden, so no file of a site can be there. */
    public static final String PATH = "/.folio/live";

    private static final String SCRIPT = "<script>(function(){var s=new EventSource(\"" + PATH + "\");"
            + "s.addEventListener(\"reload\",function(e){var c=JSON.parse(e.data),p=decodeURIComponent(location.pathname);"
            + "if(c.indexOf(\"*\")>=0||c.indexOf(p)>=0){s.close();location.reload();}});})();</script>";
    private static final long PING_SECONDS = 15;

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    /** The page with the script before its {@code </body>}, or at its end. */
    public static String inject(String html) {
        int body = html.lastIndexOf("</body>");
        return body < 0 ? html + SCRIPT : html.substring(0, body) + SCRIPT + html.substring(body);
    }

    /** Holds the request open as an event stream until the client goes or the server stops. */
    void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange.getResponseBody());
        clients.add(client);
        try {
            client.send("retry: 500\n\n");
            while (client.open && !closed.await(PING_SECONDS, TimeUnit.SECONDS)) {
                client.send(": ping\n\n");
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(client);
            exchange.close();
        }
    }

    /** Tells every open tab which paths changed ({@code /en/x/}, {@code /en/x/index.html}, or {@code *}). */
    public void publish(Collection<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        StringBuilder json = new StringBuilder("[");
        for (String path : paths) {
            json.append(json.length() == 1 ? "" : ",").append('"')
                    .append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        String event = "event: reload\ndata: " + json.append(']') + "\n\n";
        clients.forEach(client -> client.send(event));
    }

    /** How many tabs listen. */
    public int listeners() {
        return clients.size();
    }

    /** Ends every stream, so that the server can stop. */
    public void close() {
        closed.countDown();
    }

    private static final class Client {
        private final OutputStream out;
        private volatile boolean open = true;

        Client(OutputStream out) {
            this.out = out;
        }

        synchronized void send(String text) {
            if (!open) {
                return;
            }
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException gone) {
                open = false;
            }
        }
    }
}
