package io.github.dockerdsl.presets;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.StageBody;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.CacheMount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A static HTTP health probe for runtimes that have no shell and no HTTP client (scratch,
 * distroless, slim JRE images), so every preset image can carry a HEALTHCHECK that costs one tiny
 * process per check instead of a second interpreter or JVM.
 *
 * <p>The probe is about 40 lines of Go using only the standard library, compiled with
 * {@code CGO_ENABLED=0} into a stripped static binary of under 2 MB. It sends one
 * {@code GET <path> HTTP/1.0} to the given {@code http://host:port/path}, waits at most 3 seconds,
 * and exits 0 only for a 2xx status line: 1 otherwise, 2 on a usage error. Its source is written
 * by the RUN instruction itself (no file in the user's build context, no heredoc, so Docker
 * Engine 20.10's built-in frontend builds it too).
 */
public final class HealthProbe {
  /** Where the probe lives in the runtime image. */
  public static final String PATH = "/usr/local/bin/healthprobe";

  /** Where a build stage leaves the compiled probe. */
  public static final String BUILD_OUTPUT = "/out/healthprobe";

  /** The name of the builder stage that {@link #stage} makes. */
  public static final String STAGE_NAME = "healthprobe";

  /** The Go toolchain image of the probe stage for presets whose build stage has no Go. */
  public static final ImageRef DEFAULT_GO_IMAGE = ImageRef.parse("golang:1.22-bookworm");

  private static final String SOURCE_FILE = "/tmp/healthprobe/main.go";

  // Written one line per printf argument: no single quote, no '$' and no backslash at a line end,
  // so the shell, the Dockerfile parser and Go all read exactly these lines.
  private static final List<String> SOURCE = List.of(
      "// healthprobe: exits 0 when GET on the URL answers 2xx within 3 s (dockerdsl preset probe).",
      "package main",
      "import (",
      "  \"bufio\"",
      "  \"fmt\"",
      "  \"net\"",
      "  \"os\"",
      "  \"strings\"",
      "  \"time\"",
      ")",
      "func main() {",
      "  if len(os.Args) != 2 || !strings.HasPrefix(os.Args[1], \"http://\") {",
      "    fmt.Fprintln(os.Stderr, \"usage: healthprobe http://HOST:PORT/PATH\")",
      "    os.Exit(2)",
      "  }",
      "  host, path := strings.TrimPrefix(os.Args[1], \"http://\"), \"/\"",
      "  if i := strings.Index(host, \"/\"); i >= 0 {",
      "    host, path = host[:i], host[i:]",
      "  }",
      "  conn, err := net.DialTimeout(\"tcp\", host, 3*time.Second)",
      "  if err != nil {",
      "    fmt.Fprintln(os.Stderr, \"unhealthy:\", err)",
      "    os.Exit(1)",
      "  }",
      "  conn.SetDeadline(time.Now().Add(3 * time.Second))",
      "  fmt.Fprintf(conn, \"GET %s HTTP/1.0\\r\\nHost: %s\\r\\nUser-Agent: healthprobe\\r\\n\\r\\n\", path, host)",
      "  status, err := bufio.NewReader(conn).ReadString(10)",
      "  conn.Close()",
      "  fields := strings.Fields(status)",
      "  if err == nil && len(fields) >= 2 && strings.HasPrefix(fields[0], \"HTTP/\") && len(fields[1]) == 3 && fields[1][0] == 50 {",
      "    os.Exit(0)",
      "  }",
      "  fmt.Fprintln(os.Stderr, \"unhealthy:\", strings.TrimSpace(status), err)",
      "  os.Exit(1)",
      "}");

  private static final Pattern PATH_PATTERN = Pattern.compile("/[A-Za-z0-9._~!&'()*+,;=:@%/?-]*");

  private HealthProbe() {}

  /**
   * Adds the RUN that compiles the probe to {@link #BUILD_OUTPUT} in a stage that already has a Go
   * toolchain (the Go preset's build stage), cross-compiled for the target platform.
   */
  public static void buildIn(StageBody stage) {
    stage.run(Run.of(compileCommand()).withMount(CacheMount.of("/root/.cache/go-build").withId("go-build")));
  }

  /**
   * A builder stage named {@value #STAGE_NAME} that compiles the probe with the given Go image, on
   * the build platform for the target platform, for presets whose build stage has no Go.
   */
  public static Stage stage(ImageRef goImage) {
    Stage.Builder stage = Stage.from(goImage).platform(Platform.BUILDPLATFORM).as(STAGE_NAME);
    stage.arg("TARGETOS");
    stage.arg("TARGETARCH");
    buildIn(stage);
    return stage.build();
  }

  /** The COPY that puts the compiled probe from {@code build} at {@link #PATH}, owned by root. */
  public static Copy copyFrom(Stage build) {
    return Copy.of(BUILD_OUTPUT, PATH).withFrom(build.ref());
  }

  /**
   * The HEALTHCHECK that runs the probe against {@code http://127.0.0.1:<port><path>} every 30 s,
   * with a 3 s timeout, 3 retries and the given start period.
   *
   * @throws IllegalArgumentException when the port is out of range or the path is not an absolute URL path
   */
  public static Healthcheck healthcheck(int port, String path, Duration startPeriod) {
    PresetSupport.checkArgument(port >= 1 && port <= 65535,
        "health probe port %d is out of range; pass a port between 1 and 65535", port);
    PresetSupport.checkArgument(path != null && PATH_PATTERN.matcher(path).matches(),
        "health path '%s' is not an absolute URL path; pass one such as '/health' or '/actuator/health'", path);
    return Healthcheck.of(PATH, "http://127.0.0.1:" + port + path)
        .withInterval(Duration.ofSeconds(30)).withTimeout(Duration.ofSeconds(3))
        .withStartPeriod(startPeriod).withRetries(3);
  }

  /** The shell lines that write the source and compile it; {@code TARGETOS}/{@code TARGETARCH} pick the target. */
  static Command compileCommand() {
    List<String> lines = new ArrayList<>();
    lines.add("mkdir -p /tmp/healthprobe /out");
    lines.add("&& printf '%s\\n'");
    for (String line : SOURCE) {
      lines.add("'" + line + "'");
    }
    lines.add("> " + SOURCE_FILE);
    lines.add("&& cd /tmp/healthprobe && GOFLAGS= CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH"
        + " go build -trimpath -ldflags=\"-s -w\" -o " + BUILD_OUTPUT + " main.go");
    return Command.shellLines(lines);
  }
}
