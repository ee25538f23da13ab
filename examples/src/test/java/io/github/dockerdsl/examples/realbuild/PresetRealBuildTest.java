package io.github.dockerdsl.examples.realbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.presets.CommonOptions;
import io.github.dockerdsl.presets.GoOptions;
import io.github.dockerdsl.presets.GoPreset;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaPreset;
import io.github.dockerdsl.presets.NodeOptions;
import io.github.dockerdsl.presets.NodePreset;
import io.github.dockerdsl.presets.Preset;
import io.github.dockerdsl.presets.PythonOptions;
import io.github.dockerdsl.presets.PythonPreset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds every preset's output for the sample apps in {@code examples/apps} with a real Docker
 * engine (at the level of Engine 20.10's built-in frontend), runs it, and checks what the presets
 * promise: a non-root process, a healthy healthcheck, a fast stop on SIGTERM, no build tooling in
 * the image, and a dependency layer reused after a source change. Skipped where no engine runs.
 */
@Tag("docker")
class PresetRealBuildTest {
  private static final Path APPS = Path.of("apps").toAbsolutePath();
  private static final CommonOptions ENGINE = CommonOptions.DEFAULTS.withTarget(SyntaxVersion.ENGINE_20_10, false);
  private static final Map<String, Long> SIZES = new TreeMap<>();
  private static final Map<String, Long> NAIVE_SIZES = new TreeMap<>();
  private static final Map<String, Figures> FIGURES = new TreeMap<>();
  private static final long RUN = ProcessHandle.current().pid();

  /** What a one-file source change costs: build times and the bytes of the layers it replaces. */
  record Figures(Duration cold, Duration rebuild, long replacedBytes) {}

  /** One sample app, the preset for it, and what to check. */
  record App(String name, Preset preset, String sourceToTouch, String dependencyStep, List<String> buildTooling) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The apps to build: all, or those named in {@code -Ddockerdsl.apps=a,b} (then docs/ is left alone). */
  static Stream<App> apps() {
    String only = System.getProperty("dockerdsl.apps", "");
    return allApps().filter(a -> only.isBlank() || List.of(only.split(",")).contains(a.name()));
  }

  static Stream<App> allApps() {
    return Stream.of(
        new App("node", NodePreset.of(NodeOptions.builder().buildScript("build", "dist").entryFile("dist/server.js")
            .common(ENGINE).build()), "src/server.js", "npm ci",
            List.of("app/node_modules/esbuild/", "usr/bin/gcc")),
        new App("python", PythonPreset.of(PythonOptions.builder().module("app").server(PythonOptions.Server.MODULE)
            .common(ENGINE).build()), "app/server.py", "pip install",
            List.of("opt/venv/bin/pip", "usr/local/bin/pip", "usr/bin/gcc")),
        new App("go", GoPreset.of(GoOptions.builder().healthcheckArgs("-health").common(ENGINE).build()),
            "cmd/server/main.go", "go mod download", List.of("usr/local/go/", "usr/lib/go", "usr/bin/gcc")),
        // the shapes of issue 10, each configured as `dockerdsl init` detects it (see docs/cli.md)
        new App("node-express-ts", NodePreset.of(NodeOptions.builder().buildScript("build", "dist")
            .entryFile("dist/index.js").nodeFlags(List.of("--enable-source-maps")).common(ENGINE).build()),
            "src/app.ts", "npm ci", List.of("app/node_modules/typescript/", "app/node_modules/vitest/",
                "app/node_modules/eslint/", "app/node_modules/@types/express/", "root/.npm/")),
        new App("node-pnpm-workspace", NodePreset.of(NodeOptions.builder()
            .packageManager(NodeOptions.PackageManager.PNPM).packageManagerVersion("9.15.0")
            .workspace("@acme/api", List.of("packages/api/package.json", "packages/greeting/package.json"))
            .entryFile("src/server.js").common(ENGINE).build()),
            "packages/api/src/server.js", "pnpm install", List.of("usr/local/lib/node_modules/pnpm/",
                "app/packages/")),
        new App("node-yarn-berry", NodePreset.of(NodeOptions.builder()
            .packageManager(NodeOptions.PackageManager.YARN_BERRY).packageManagerVersion("4.5.3")
            .yarnPath(".yarn/releases/yarn-4.5.3.cjs").entryFile("src/server.js").common(ENGINE).build()),
            "src/server.js", "workspaces focus", List.of("app/.yarn/cache/", "app/.yarn/install-state.gz")),
        new App("go-vendored", GoPreset.of(GoOptions.builder().vendored().mainPackage("./cmd/api").binaryName("api")
            .common(ENGINE).build()),
            "cmd/api/main.go", "COPY vendor", List.of("usr/local/go/", "usr/lib/go", "src/")),
        new App("java", JavaPreset.of(JavaOptions.builder().artifactName("app").common(ENGINE).build()),
            "src/main/java", "dependency:go-offline", List.of("usr/bin/javac", "usr/bin/mvn", "usr/share/maven/")));
  }

  @BeforeAll
  static void engine() {
    Optional<String> why = Docker.unavailable();
    Assumptions.assumeTrue(why.isEmpty(), () -> "skipping real builds: " + why.orElse(""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void preset_output_builds_runs_and_stops_cleanly(App app, @TempDir Path work) throws IOException {
    Path context = copyApp(app.name(), work);
    Files.writeString(context.resolve("Dockerfile"), app.preset().toDockerfile().toString());
    Files.writeString(context.resolve(".dockerignore"), app.preset().toDockerIgnore().toString());
    // the engine is shared: names carry this JVM's pid, so parallel runs never remove each other's containers
    String image = "dockerdsl-it/" + app.name() + ":test-" + RUN;
    String container = "dockerdsl-it-" + app.name() + "-" + RUN;

    boolean measure = Boolean.getBoolean("dockerdsl.naiveSizes");
    Docker.Result build = measure
        ? Docker.run(context, Duration.ofMinutes(20), "build", "--no-cache", "--progress=plain", "-t", image, ".")
        : Docker.run(context, Duration.ofMinutes(20), "build", "--progress=plain", "-t", image, ".");
    assertThat(build.ok()).as("docker build of %s:%n%s", app.name(), tail(build.output())).isTrue();
    SIZES.put(app.name(), size(image));

    Docker.run(null, Duration.ofSeconds(30), "rm", "-f", container);
    Docker.Result run = Docker.run(null, Duration.ofSeconds(60), "run", "-d", "--name", container,
        "--health-interval=2s", "--health-timeout=3s", "--health-start-period=20s", image);
    assertThat(run.ok()).as("docker run: %s", run.output()).isTrue();
    try {
      String health = waitForHealth(container, Duration.ofSeconds(90));
      assertThat(health).as("health of %s; logs:%n%s", app.name(),
          Docker.run(null, Duration.ofSeconds(20), "logs", container).output()).isEqualTo("healthy");

      int uid = processUid(container);
      assertThat(uid).as("uid of the running process of %s", app.name()).isNotZero();

      Docker.Result stop = Docker.run(null, Duration.ofSeconds(30), "stop", "-t", "10", container);
      assertThat(stop.ok()).isTrue();
      assertThat(stop.took()).as("docker stop of %s (SIGTERM must reach the app)", app.name())
          .isLessThan(Duration.ofSeconds(3));
      String exit = Docker.run(null, Duration.ofSeconds(20), "inspect", "-f", "{{.State.ExitCode}}", container)
          .output().strip();
      assertThat(exit).as("exit code after docker stop").isNotEqualTo("137");
    } finally {
      Docker.run(null, Duration.ofSeconds(30), "rm", "-f", container);
    }

    Set<String> files = files(image);
    for (String tool : app.buildTooling()) {
      assertThat(files).as("%s must not be in the runtime image of %s", tool, app.name())
          .noneMatch(f -> f.startsWith(tool));
    }

    List<String> layersBefore = layers(image);
    touch(context.resolve(app.sourceToTouch()));
    Docker.Result rebuild = Docker.run(context, Duration.ofMinutes(20), "build", "--progress=plain", "-t", image, ".");
    assertThat(rebuild.ok()).as("rebuild:%n%s", tail(rebuild.output())).isTrue();
    Map<String, Boolean> steps = cachedSteps(rebuild.output(), app.dependencyStep());
    assertThat(steps).as("steps running '%s' in the rebuild:%n%s", app.dependencyStep(), tail(rebuild.output()))
        .isNotEmpty().allSatisfy((step, cached) -> assertThat(cached).as(step).isTrue());

    if (measure) {
      FIGURES.put(app.name(), new Figures(build.took(), rebuild.took(), replacedBytes(image, layersBefore, work)));
      Docker.Result naive = Docker.run(context, Duration.ofMinutes(20), "build", "-f", "Dockerfile.naive", "-t",
          image + "-naive", ".");
      assertThat(naive.ok()).as("naive build:%n%s", tail(naive.output())).isTrue();
      NAIVE_SIZES.put(app.name(), size(image + "-naive"));
    }
    // unique tags would pile up on a shared engine; the build cache stays for the next run
    Docker.run(null, Duration.ofSeconds(60), "rmi", "-f", image, image + "-naive");
  }

  @AfterAll
  static void writeSizes() throws IOException {
    if (SIZES.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder();
    out.append("# Image sizes: preset output against a naive single-stage Dockerfile\n\n")
        .append("Measured by `PresetRealBuildTest` (`.ci/docker-suite.sh`, with `-Ddockerdsl.naiveSizes=true`)\n")
        .append("on the offline stand-in base images that CI builds from Debian packages (see `.ci/`),\n")
        .append("at the level of Docker Engine 20.10's built-in frontend. Sizes are `docker image inspect`\n")
        .append("sizes, base image included; the stand-ins are close to, not the same as, the official images.\n\n")
        .append("| app | preset output | naive single stage | saved | cold build | one-file rebuild | rebuild / cold "
            + "| replaced layers | replaced / image |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Long> e : SIZES.entrySet()) {
      Long naive = NAIVE_SIZES.get(e.getKey());
      Figures f = FIGURES.get(e.getKey());
      out.append("| ").append(e.getKey()).append(" | ").append(mb(e.getValue())).append(" | ")
          .append(naive == null ? "not measured" : mb(naive)).append(" | ")
          .append(naive == null ? "" : String.format(Locale.ROOT, "%.0f%%", 100.0 * (naive - e.getValue()) / naive))
          .append(" | ");
      if (f == null) {
        out.append("| | | | |\n");
      } else {
        out.append(String.format(Locale.ROOT, "%.1f s | %.1f s | %.2f | %s | %.2f%% |%n", f.cold().toMillis() / 1000.0,
            f.rebuild().toMillis() / 1000.0, (double) f.rebuild().toMillis() / f.cold().toMillis(),
            kb(f.replacedBytes()), 100.0 * f.replacedBytes() / e.getValue()));
      }
    }
    out.append("\nCold build: `docker build --no-cache` (package-manager cache mounts may be warm); one-file rebuild:\n")
        .append("after appending a comment to one source file (the app's `sourceToTouch`); replaced layers: the\n")
        .append("bytes of the image layers whose digest changed in that rebuild, read from `docker save`.\n");
    out.append("\nReading the table: the Go presets ship only the static binary (and the 1.8 MB health probe) on\n")
        .append("`scratch`; Java and Node keep the runtime (JRE, Node.js) but leave compilers, Maven, sources and\n")
        .append("dev dependencies behind (the Express + TypeScript image holds `express` and the compiled `dist/`,\n")
        .append("no `typescript`, `vitest`, `eslint` or npm cache). The pnpm workspace ships one `pnpm deploy`\n")
        .append("directory, so a source change replaces its dependencies too: the install step stays cached, the\n")
        .append("layer does not. The Python image is no smaller than the naive one: the slim base already holds\n")
        .append("Python and pip, and removing pip in a later layer hides it without shrinking the base layer. Its\n")
        .append("gains are the ones the suite checks: a non-root user, SIGTERM reaching the app, a working\n")
        .append("healthcheck, and no pip or compiler at run time.\n\n")
        .append("Command (as root, after `.ci/docker-setup.sh`):\n\n```bash\n")
        .append("DOCKERDSL_DOCKER=/usr/bin/docker ./mvnw -B -pl examples -am test -Dtest.groups=docker \\\n")
        .append("  -Dtest.excludedGroups=none -Dtest=PresetRealBuildTest -Dsurefire.failIfNoSpecifiedTests=false \\\n")
        .append("  -Ddockerdsl.naiveSizes=true\n```\n");
    Path target = Path.of("target/sizes.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, out.toString());
    if (Boolean.getBoolean("dockerdsl.naiveSizes") && System.getProperty("dockerdsl.apps", "").isBlank()) {
      Files.writeString(Path.of("../docs/presets/sizes.md"), out.toString());
    }
  }

  private static String kb(long bytes) {
    return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0) : mb(bytes);
  }

  /** The image's layer digests (diff ids), bottom first. */
  private static List<String> layers(String image) {
    String json = Docker.run(null, Duration.ofSeconds(30), "image", "inspect", "-f", "{{join .RootFS.Layers \",\"}}",
        image).output().strip();
    return List.of(json.split(","));
  }

  /** The bytes of the layers of {@code image} that are not among {@code before}, from the layer tars of docker save. */
  private static long replacedBytes(String image, List<String> before, Path work) throws IOException {
    List<String> after = layers(image);
    Path tar = work.resolve("image.tar");
    Docker.Result save = Docker.run(null, Duration.ofMinutes(5), "save", "-o", tar.toString(), image);
    assertThat(save.ok()).as("docker save: %s", save.output()).isTrue();
    try {
      String manifest = exec("tar", "-xOf", tar.toString(), "manifest.json");
      Matcher layersArray = Pattern.compile("\"Layers\":\\[([^\\]]*)]").matcher(manifest);
      assertThat(layersArray.find()).as(manifest).isTrue();
      List<String> files = Pattern.compile("\"([^\"]+)\"").matcher(layersArray.group(1)).results()
          .map(r -> r.group(1)).toList();
      Map<String, Long> sizes = new HashMap<>();
      for (String line : exec("tar", "-tvf", tar.toString()).lines().toList()) {
        String[] cols = line.trim().split("\\s+");
        if (cols.length >= 6) {
          sizes.put(cols[cols.length - 1], Long.parseLong(cols[2]));
        }
      }
      long replaced = 0;
      for (int i = 0; i < after.size() && i < files.size(); i++) {
        if (!before.contains(after.get(i))) {
          replaced += sizes.getOrDefault(files.get(i), 0L);
        }
      }
      return replaced;
    } finally {
      Files.deleteIfExists(tar);
    }
  }

  private static String exec(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  private static Path copyApp(String name, Path work) throws IOException {
    Path from = APPS.resolve(name);
    Path to = work.resolve(name);
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path rel = from.relativize(p);
        String first = rel.getNameCount() > 0 ? rel.getName(0).toString() : "";
        if (Set.of("node_modules", "dist", "target", "__pycache__").contains(first)) {
          continue;
        }
        Path dest = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
    return to;
  }

  private static void touch(Path source) throws IOException {
    Path file = source;
    if (Files.isDirectory(source)) {
      try (Stream<Path> paths = Files.walk(source)) {
        file = paths.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
      }
    }
    String comment = file.toString().endsWith(".py") || file.toString().endsWith(".txt")
        ? "\n# touched by PresetRealBuildTest\n"
        : "\n// touched by PresetRealBuildTest\n";
    Files.writeString(file, comment, StandardOpenOption.APPEND);
  }

  private static long size(String image) {
    return Long.parseLong(Docker.run(null, Duration.ofSeconds(30), "image", "inspect", "-f", "{{.Size}}", image)
        .output().strip());
  }

  private static String waitForHealth(String container, Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    String status = "";
    while (System.nanoTime() < end) {
      status = Docker.run(null, Duration.ofSeconds(20), "inspect", "-f", "{{.State.Health.Status}}", container)
          .output().strip();
      if (status.equals("healthy") || status.equals("unhealthy")) {
        return status;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return status;
      }
    }
    return status;
  }

  /** The uid of the container's main process, read from the host's /proc, so it works on scratch. */
  private static int processUid(String container) throws IOException {
    String pid = Docker.run(null, Duration.ofSeconds(20), "inspect", "-f", "{{.State.Pid}}", container).output()
        .strip();
    for (String line : Files.readAllLines(Path.of("/proc", pid, "status"), StandardCharsets.UTF_8)) {
      if (line.startsWith("Uid:")) {
        return Integer.parseInt(line.substring(4).strip().split("\\s+")[0]);
      }
    }
    throw new IllegalStateException("no Uid line for pid " + pid);
  }

  private static Set<String> files(String image) {
    String id = Docker.run(null, Duration.ofSeconds(30), "create", image).output().strip();
    try {
      ProcessBuilder pb = new ProcessBuilder("bash", "-c",
          Docker.CLIENT + " export " + id + " | tar -t").redirectErrorStream(true);
      Process p = pb.start();
      String list = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return new HashSet<>(list.lines().toList());
    } catch (IOException e) {
      throw new IllegalStateException("cannot list the files of " + image, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      Docker.run(null, Duration.ofSeconds(30), "rm", "-f", id);
    }
  }

  /** For each build step whose description contains {@code marker}: whether the rebuild took it from the cache. */
  static Map<String, Boolean> cachedSteps(String output, String marker) {
    Pattern step = Pattern.compile("^#(\\d+) \\[(.+)$", Pattern.MULTILINE);
    Map<String, String> descriptions = new HashMap<>();
    Matcher m = step.matcher(output);
    while (m.find()) {
      if (m.group(2).contains(marker)) {
        descriptions.put(m.group(1), "[" + m.group(2));
      }
    }
    Map<String, Boolean> result = new TreeMap<>();
    for (Map.Entry<String, String> e : descriptions.entrySet()) {
      boolean cached = Pattern.compile("^#" + e.getKey() + " CACHED$", Pattern.MULTILINE).matcher(output).find();
      result.put(e.getValue(), cached);
    }
    return result;
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
