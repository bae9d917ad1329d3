package org.activemm.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's chromium, headless, driven over the Chrome DevTools protocol with
 * the JDK's own HTTP client and WebSocket (no WebDriver library needed for
 * navigate, evaluate, reload and screenshot). Console errors, uncaught
 * exceptions and failed loads are collected from the moment the page opens.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final List<String> BINARIES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<CompletableFuture<Void>> loads = Collections.synchronizedList(new ArrayList<>());

    /**
     * Starts the browser with a fresh profile in {@code profile}. Without a
     * browser the test is skipped with a message, except under {@code CI=true},
     * where .ci/run installs one and its absence fails the test.
     */
    public static HeadlessChromium start(Path profile) throws Exception {
        String binary = BINARIES.stream().filter(HeadlessChromium::onPath).findFirst().orElse(null);
        if (binary == null) {
            String why = "no chromium on PATH (Debian: apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            abort(why + "; browser test skipped");
        }
        return new HeadlessChromium(binary, profile);
    }

    private HeadlessChromium(String binary, Path profile) throws Exception {
        this.profile = profile;
        process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,1600", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
                .start();
        try {
            int port = debuggingPort(profile.resolve("DevToolsActivePort"));
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String page = null;
            for (JsonNode t : targets) {
                if ("page".equals(t.path("type").asText())) {
                    page = t.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (page == null) {
                throw new IOException("chromium opened no page: " + targets);
            }
            socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener())
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            call("Page.enable", Map.of());
            call("Runtime.enable", Map.of());
            call("Log.enable", Map.of());
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Opens {@code url} and waits until it has loaded. */
    public void open(String url) throws Exception {
        CompletableFuture<Void> loaded = nextLoad();
        call("Page.navigate", Map.of("url", url));
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    public void reload() throws Exception {
        CompletableFuture<Void> loaded = nextLoad();
        call("Page.reload", Map.of());
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The value of a JavaScript expression in the page. */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("page script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Whether a JavaScript condition holds within five seconds, reloading the page each second it does not. */
    public boolean eventually(String condition) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            if (evaluate(condition).asBoolean()) {
                return true;
            }
            Thread.sleep(1000);
            reload();
        }
        return evaluate(condition).asBoolean();
    }

    /** Clicks the centre of the first element matching a CSS selector, as a user's mouse would. */
    public void click(String selector) throws Exception {
        JsonNode box = evaluate("(function(){var e=document.querySelector(" + JSON.writeValueAsString(selector)
                + ");e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                + "return {x:r.left+r.width/2,y:r.top+r.height/2};})()");
        for (String type : List.of("mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get("x").asDouble(),
                    "y", box.get("y").asDouble(), "button", "left", "clickCount", 1));
        }
    }

    /** A PNG of the whole page. */
    public byte[] screenshot() throws Exception {
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        return Base64.getDecoder().decode(shot.get("data").asText());
    }

    /** Console errors, uncaught exceptions and failed loads so far. */
    public List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void close() {
        socket.abort();
        // chromium's helpers (renderer, GPU, crashpad) outlive the browser process for a moment and keep writing
        // into the profile, so JUnit's clean-up of @TempDir raced them: end and wait for every one
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                p.destroyForcibly();
            }
        }
        // chromium's profile lock links point into /tmp; removed here, JUnit's @TempDir need not warn about them
        for (String link : List.of("SingletonSocket", "SingletonLock", "SingletonCookie")) {
            try {
                Files.deleteIfExists(profile.resolve(link));
            } catch (IOException e) {
                // the temporary directory's own clean-up tries again
            }
        }
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IOException(method + ": " + answer.get("error"));
        }
        return answer.path("result");
    }

    private CompletableFuture<Void> nextLoad() {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        loads.add(loaded);
        return loaded;
    }

    private int debuggingPort(Path activePort) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("chromium exited with " + process.exitValue() + " before it listened");
            }
            if (Files.exists(activePort)) {
                List<String> lines = Files.readAllLines(activePort);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            Thread.sleep(50);
        }
        throw new IOException("chromium did not open its debugging port in " + TIMEOUT);
    }

    private static boolean onPath(String name) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, name)));
    }

    /** Replies complete their call; events feed the error list and the load waiters. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    handle(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void handle(JsonNode message) {
            if (message.has("id")) {
                CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                if (reply != null) {
                    reply.complete(message);
                }
                return;
            }
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Page.loadEventFired" -> {
                    synchronized (loads) {
                        loads.forEach(l -> l.complete(null));
                        loads.clear();
                    }
                }
                case "Runtime.consoleAPICalled" -> {
                    if ("error".equals(params.path("type").asText()) || "assert".equals(params.path("type").asText())) {
                        errors.add("console." + params.path("type").asText() + ": " + params.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> errors.add("uncaught: " + params.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    if ("error".equals(params.path("entry").path("level").asText())) {
                        errors.add("log: " + params.path("entry").path("text").asText() + " "
                                + params.path("entry").path("url").asText());
                    }
                }
                default -> { }
            }
        }
    }
}
