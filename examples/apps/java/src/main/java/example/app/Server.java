package example.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/** Tiny HTTP server for dockerdsl's real-build tests: GET / and GET /health on PORT (8080). */
public final class Server {

  private Server() {}

  /** Starts the server; a shutdown hook stops it when `docker stop` sends SIGTERM. */
  public static void main(String[] args) throws IOException, InterruptedException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    Instant started = Instant.now();
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/health", exchange -> send(exchange, 200, "application/json", "{\"status\":\"ok\"}\n"));
    server.createContext("/", exchange -> {
      if (!"/".equals(exchange.getRequestURI().getPath())) {
        send(exchange, 404, "text/plain", "not found\n");
        return;
      }
      long up = Duration.between(started, Instant.now()).toSeconds();
      send(exchange, 200, "text/plain", "hello from java, up " + up + "s\n");
    });
    server.start();
    System.out.println("listening on port " + port);

    // The JVM turns SIGTERM into an orderly exit that runs shutdown hooks, even as PID 1.
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("SIGTERM received, stopping");
      server.stop(0);
      stopped.countDown();
    }, "shutdown"));
    stopped.await();
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("content-type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
