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

  /**
   * One sample app, the preset for it, and what to check.
   *
   * @param changedLayers how many of the image's last layers a one-file source change may replace; 0 to not check
   * @param startPeriod how long the app may take to turn healthy (Spring Boot on a busy 2-core machine: a minute)
   */
  record App(String name, Preset preset, String sourceToTouch, String dependencyStep, List<String> buildTooling,
      int changedLayers, Duration startPeriod) {
    App(String name, Preset preset, String sourceToTouch, String dependencyStep, List<String> buildTooling) {
      this(name, preset, sourceToTouch, dependencyStep, buildTooling, 0, Duration.ofSeconds(20));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** What a Java sample measured: build times, the bytes a source change replaces, the size over the base. */
  record Figures(Duration cold, Duration rebuild, long replacedBytes, long imageBytes, long aboveBase, long appBytes) {}

  /** The Java sample apps, each built from what {@code dockerdsl init} detects in it (see SampleInitTest). */
  static Stream<App> javaApps() {
    List<String> jdkTools = List.of("usr/bin/javac", "usr/bin/mvn", "usr/share/maven/", "usr/local/go/");
    return Stream.of(
        new App("java-spring-boot-3", JavaSamples.springBoot3(ENGINE), "src/main/java", "dependency:go-offline",
            jdkTools, 1, Duration.ofSeconds(150)),
        new App("java-spring-boot-2", JavaSamples.springBoot2(ENGINE), "src/main/java", "dependency:go-offline",
            jdkTools, 1, Duration.ofSeconds(150)),
        new App("java-multi-module", JavaSamples.multiModule(ENGINE), "inventory-service/src/main/java",
            "dependency:go-offline", jdkTools, 1, Duration.ofSeconds(150)),
        new App("java-quarkus", JavaSamples.quarkus(ENGINE), "src/main/java", "dependency:go-offline", jdkTools, 2,
            Duration.ofSeconds(150)));
  }

  /**
   * Every sample, or those named in {@code -Ddockerdsl.apps=java-quarkus,go} (to rerun a few). Image and container
   * names carry {@link #RUN}, as other builds may share the engine.
   */
  static Stream<App> apps() {
    String only = System.getProperty("dockerdsl.apps", "");
    List<String> wanted = only.isBlank() ? List.of() : List.of(only.split(","));
    return Stream.concat(baseApps(), javaApps()).filter(a -> wanted.isEmpty() || wanted.contains(a.name()));
  }

  /** This run's suffix of image and container names. */
  private static final String RUN = "run" + ProcessHandle.current().pid();

  static Stream<App> baseApps() {
    return Stream.of(
        new App("node", NodePreset.of(NodeOptions.builder().buildScript("build", "dist").entryFile("dist/server.js")
            .common(ENGINE).build()), "src/server.js", "npm ci",
            List.of("app/node_modules/esbuild/", "usr/bin/gcc")),
        new App("python", PythonPreset.of(PythonOptions.builder().module("app").server(PythonOptions.Server.MODULE)
            .common(ENGINE).build()), "app/server.py", "pip install",
            List.of("opt/venv/bin/pip", "usr/local/bin/pip", "usr/bin/gcc")),
        new App("go", GoPreset.of(GoOptions.builder().healthcheckArgs("-health").common(ENGINE).build()),
            "cmd/server/main.go", "go mod download", List.of("usr/local/go/", "usr/lib/go", "usr/bin/gcc")),
        new App("java", JavaPreset.of(JavaOptions.builder().artifactName("app").common(ENGINE).build()),
            "src/main/java", "dependency:go-offline", List.of("usr/bin/javac", "usr/bin/mvn", "usr/share/maven/"),
            1, Duration.ofSeconds(60)));
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
    boolean figures = Boolean.getBoolean("dockerdsl.naiveSizes");
    String dockerfile = app.preset().toDockerfile().toString();
    if (figures) {
      // a cold build for the figures: a cache mount of its own (nothing downloaded before) and no layer cache
      dockerfile = dockerfile.replace("id=maven,", "id=maven-cold-" + System.nanoTime() + ",");
    }
    Files.writeString(context.resolve("Dockerfile"), dockerfile);
    Files.writeString(context.resolve(".dockerignore"), app.preset().toDockerIgnore().toString());
    String image = "dockerdsl-it/" + app.name() + ":" + RUN;
    String container = "dockerdsl-it-" + app.name() + "-" + RUN;

    Docker.Result build = figures
        ? Docker.run(context, Duration.ofMinutes(20), "build", "--no-cache", "--progress=plain", "-t", image, ".")
        : Docker.run(context, Duration.ofMinutes(20), "build", "--progress=plain", "-t", image, ".");
    assertThat(build.ok()).as("docker build of %s:%n%s", app.name(), tail(build.output())).isTrue();
    SIZES.put(app.name(), size(image));
    List<String> layersBefore = layers(image);

    Docker.run(null, Duration.ofSeconds(30), "rm", "-f", container);
    Docker.Result run = Docker.run(null, Duration.ofSeconds(60), "run", "-d", "--name", container,
        "--health-interval=2s", "--health-timeout=3s", "--health-start-period=" + app.startPeriod().toSeconds() + "s",
        image);
    assertThat(run.ok()).as("docker run: %s", run.output()).isTrue();
    try {
      String health = waitForHealth(container, app.startPeriod().plusSeconds(70));
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

    touch(context.resolve(app.sourceToTouch()));
    Docker.Result rebuild = Docker.run(context, Duration.ofMinutes(20), "build", "--progress=plain", "-t", image, ".");
    assertThat(rebuild.ok()).as("rebuild:%n%s", tail(rebuild.output())).isTrue();
    Map<String, Boolean> steps = cachedSteps(rebuild.output(), app.dependencyStep());
    assertThat(steps).as("steps running '%s' in the rebuild:%n%s", app.dependencyStep(), tail(rebuild.output()))
        .isNotEmpty().allSatisfy((step, cached) -> assertThat(cached).as(step).isTrue());
    List<String> layersAfter = layers(image);
    if (app.changedLayers() > 0) {
      assertThat(layersAfter).as("layer count of %s after a source change", app.name()).hasSize(layersBefore.size());
      int unchanged = layersBefore.size() - app.changedLayers();
      assertThat(layersAfter).as("the application layer of %s after a source change", app.name())
          .isNotEqualTo(layersBefore);
      assertThat(layersAfter.subList(0, unchanged))
          .as("layers of %s below its %d application layer(s) after a one-file source change", app.name(),
              app.changedLayers())
          .isEqualTo(layersBefore.subList(0, unchanged));
    }
    if (figures && app.changedLayers() > 0) {
      Map<String, Long> sizes = layerSizes(image);
      long replaced = 0;
      for (int i = 0; i < layersAfter.size(); i++) {
        if (!layersAfter.get(i).equals(layersBefore.get(i))) {
          replaced += sizes.getOrDefault(layersAfter.get(i), 0L);
        }
      }
      String base = app.preset().toDockerfile().finalStage().base().toString();
      long aboveBase = size(image) - size(base);
      long appBytes = Long.parseLong(Docker.run(null, Duration.ofSeconds(60), "run", "--rm", "--entrypoint", "du",
          image, "-sb", "/app").output().strip().split("\\s+")[0]);
      FIGURES.put(app.name(), new Figures(build.took(), rebuild.took(), replaced, size(image), aboveBase, appBytes));
    }

    if (Boolean.getBoolean("dockerdsl.naiveSizes")) {
      Docker.Result naive = Docker.run(context, Duration.ofMinutes(20), "build", "-f", "Dockerfile.naive", "-t",
          image + "-naive", ".");
      assertThat(naive.ok()).as("naive build:%n%s", tail(naive.output())).isTrue();
      NAIVE_SIZES.put(app.name(), size(image + "-naive"));
      writeSizes();
    }
  }

  @AfterAll
  static void writeSizes() throws IOException {
    if (SIZES.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder();
    out.append("# Image sizes: preset output against a naive single-stage Dockerfile\n\n")
        .append("Measured by `PresetRealBuildTest` with `-Ddockerdsl.naiveSizes=true`, as root after\n")
        .append("`.ci/docker-setup.sh`:\n\n")
        .append("```bash\nDOCKERDSL_DOCKER=/usr/bin/docker ./mvnw -B -pl examples -am test -Dtest.groups=docker \\\n")
        .append("  -Dtest.excludedGroups=none -Dtest=PresetRealBuildTest -Dsurefire.failIfNoSpecifiedTests=false \\\n")
        .append("  -Ddockerdsl.naiveSizes=true\n```\n\n")
        .append("It builds on the offline stand-in base images that CI builds from Debian packages (see `.ci/`),\n")
        .append("at the level of Docker Engine 20.10's built-in frontend. Sizes are `docker image inspect`\n")
        .append("sizes, base image included; the stand-ins are close to, not the same as, the official images.\n\n")
        .append("| app | preset output | naive single stage | saved |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, Long> e : SIZES.entrySet()) {
      Long naive = NAIVE_SIZES.get(e.getKey());
      out.append("| ").append(e.getKey()).append(" | ").append(mb(e.getValue())).append(" | ")
          .append(naive == null ? "not measured" : mb(naive)).append(" | ")
          .append(naive == null ? "" : String.format(Locale.ROOT, "%.0f%%", 100.0 * (naive - e.getValue()) / naive))
          .append(" |\n");
    }
    if (!FIGURES.isEmpty()) {
      out.append("\n## Java samples: cold build, one-file rebuild, replaced layers\n\n")
          .append("Each sample is built cold (`--no-cache` and a Maven cache mount of its own, so every dependency\n")
          .append("is downloaded from Maven Central), one source file is touched, and it is built again. The\n")
          .append("replaced layers are the layers whose digest changed: what a registry push re-sends.\n\n")
          .append("| sample | cold build | one-file rebuild | rebuild / cold | image | replaced layers | share of image "
              + "| above the JRE base | `/app` (jars, classes) | above base / app |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Map.Entry<String, Figures> e : FIGURES.entrySet()) {
        Figures f = e.getValue();
        out.append(String.format(Locale.ROOT, "| %s | %.0f s | %.0f s | %.2f | %s | %s | %.2f%% | %s | %s | %.2f |%n",
            e.getKey(), f.cold().toMillis() / 1000.0, f.rebuild().toMillis() / 1000.0,
            (double) f.rebuild().toMillis() / f.cold().toMillis(), mb(f.imageBytes()), kb(f.replacedBytes()),
            100.0 * f.replacedBytes() / f.imageBytes(), mb(f.aboveBase()), mb(f.appBytes()),
            (double) f.aboveBase() / f.appBytes()));
      }
    }
    out.append("\nReading the table: the Go preset ships only the static binary on `scratch`; Java and Node keep\n")
        .append("the runtime (JRE, Node.js) but leave compilers, Maven, sources and dev dependencies behind.\n")
        .append("The Python image is no smaller than the naive one: the slim base already holds Python and\n")
        .append("pip, and removing pip in a later layer hides it without shrinking the base layer. Its gains\n")
        .append("are the ones the suite checks: a non-root user, SIGTERM reaching the app, a working\n")
        .append("healthcheck, and no pip or compiler at run time.\n");
    Path target = Path.of("target/sizes.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, out.toString());
    // a run of a few apps (-Ddockerdsl.apps) leaves the page alone: it would drop the others' rows
    if (Boolean.getBoolean("dockerdsl.naiveSizes") && System.getProperty("dockerdsl.apps", "").isBlank()) {
      Files.writeString(Path.of("../docs/presets/sizes.md"), out.toString());
    }
  }

  /** The image's layers (diff ids), bottom first. */
  private static List<String> layers(String image) {
    String json = Docker.run(null, Duration.ofSeconds(30), "image", "inspect", "-f", "{{json .RootFS.Layers}}", image)
        .output().strip();
    return Pattern.compile("\"(sha256:[0-9a-f]+)\"").matcher(json).results().map(m -> m.group(1)).toList();
  }

  /** The uncompressed size of each layer of the image by diff id, read from {@code docker save}. */
  private static Map<String, Long> layerSizes(String image) throws IOException {
    Path tar = Files.createTempFile("dockerdsl-save", ".tar");
    try {
      assertThat(Docker.run(null, Duration.ofMinutes(5), "save", "-o", tar.toString(), image).ok()).isTrue();
      String manifest = shell("tar -xOf " + tar + " manifest.json");
      List<String> paths = Pattern.compile("\"([0-9a-f]{64}/layer\\.tar)\"").matcher(manifest).results()
          .map(m -> m.group(1)).toList();
      Map<String, Long> bytes = new HashMap<>();
      for (String line : shell("tar -tvf " + tar).lines().toList()) {
        String[] f = line.trim().split("\\s+");
        if (f.length >= 6 && f[f.length - 1].endsWith("/layer.tar")) {
          bytes.put(f[f.length - 1], Long.parseLong(f[2]));
        }
      }
      List<String> ids = layers(image);
      Map<String, Long> result = new HashMap<>();
      for (int i = 0; i < ids.size() && i < paths.size(); i++) {
        result.put(ids.get(i), bytes.getOrDefault(paths.get(i), 0L));
      }
      return result;
    } finally {
      Files.deleteIfExists(tar);
    }
  }

  private static String shell(String command) throws IOException {
    Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
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

  private static String kb(long bytes) {
    return String.format(Locale.ROOT, "%.1f kB", bytes / 1_000.0);
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
    // Java: a new class, so the compiled application really changes (a comment leaves the bytecode alone)
    String change = file.toString().endsWith(".py") ? "\n# touched by PresetRealBuildTest\n"
        : file.toString().endsWith(".java") ? "\nclass TouchedByPresetRealBuildTest {}\n"
        : "\n// touched by PresetRealBuildTest\n";
    Files.writeString(file, change, StandardOpenOption.APPEND);
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
