package io.github.dockerdsl.examples.realbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds and runs what the Maven plugin generated for the multi-module invoker project
 * ({@code maven-plugin/src/it/multi-module}: a parent, a library module and a Spring Boot application
 * module): its approved Dockerfile and .dockerignore, which the invoker build proves the plugin writes,
 * over the project's sources. The container must turn healthy on the port and the path the application
 * module's {@code application.yml} configures (9090, {@code /manage/health}: the plugin read them, not the
 * framework's 8080 and {@code /actuator/health}), run as a non-root user, serve the library module's data
 * there, and stop quickly on SIGTERM. Skipped where no engine runs.
 */
@Tag("docker")
class MavenPluginRealBuildTest {
  private static final Path PROJECT = Path.of("..", "maven-plugin", "src", "it", "multi-module").toAbsolutePath()
      .normalize();
  /** The invoker's own files, and what a build leaves: not part of the user's project. */
  private static final Set<String> NOT_THE_PROJECT = Set.of("target", "build.log", "invoker.properties",
      "verify.groovy", "approved-Dockerfile.txt", "approved-dockerignore.txt", "Dockerfile", ".dockerignore");
  private static final String RUN = "run" + ProcessHandle.current().pid();

  @BeforeAll
  static void engine() {
    Optional<String> why = Docker.unavailable();
    Assumptions.assumeTrue(why.isEmpty(), () -> "skipping real builds: " + why.orElse(""));
  }

  @Test
  void the_plugin_s_multi_module_output_builds_runs_and_stops_cleanly(@TempDir Path work) throws IOException {
    Path context = work.resolve("multi-module");
    try (Stream<Path> paths = Files.walk(PROJECT)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path rel = PROJECT.relativize(p);
        boolean skipped = false;
        for (Path part : rel) {
          skipped |= NOT_THE_PROJECT.contains(part.toString());
        }
        if (skipped) {
          continue;
        }
        Path dest = context.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
    // The plugin under test is not published, and the image build reaches Maven Central only: its
    // dependency:go-offline resolves every build plugin of the root POM, so the plugin's own block is
    // left out here (a user's build resolves the published plugin; the Dockerfile does not use it).
    Path pom = context.resolve("pom.xml");
    String text = Files.readString(pom);
    String withoutPlugin = text.replaceFirst("(?s)\\s*<plugin>\\s*<groupId>io\\.github\\.dockerdsl</groupId>"
        + "\\s*<artifactId>dockerdsl-maven-plugin</artifactId>.*?</plugin>", "");
    assertThat(withoutPlugin).as("the root POM without the dockerdsl plugin").isNotEqualTo(text)
        .doesNotContain("dockerdsl-maven-plugin");
    Files.writeString(pom, withoutPlugin);
    String dockerfile = Files.readString(PROJECT.resolve("approved-Dockerfile.txt"));
    // what app/src/main/resources/application.yml says, and so what the approved Dockerfile must say
    assertThat(dockerfile).as("the approved Dockerfile").contains("EXPOSE 9090\n",
        "CMD [\"/usr/local/bin/healthprobe\", \"http://127.0.0.1:9090/manage/health\"]").doesNotContain("8080");
    Files.copy(PROJECT.resolve("approved-Dockerfile.txt"), context.resolve("Dockerfile"));
    Files.copy(PROJECT.resolve("approved-dockerignore.txt"), context.resolve(".dockerignore"));
    String image = "dockerdsl-it/maven-plugin-multi-module:" + RUN;
    String container = "dockerdsl-it-maven-plugin-multi-module-" + RUN;

    Docker.Result build = Docker.run(context, Duration.ofMinutes(20), "build", "--progress=plain", "-t", image, ".");
    assertThat(build.ok()).as("docker build:%n%s", PresetRealBuildTest.tail(build.output())).isTrue();
    Docker.run(null, Duration.ofSeconds(30), "rm", "-f", container);
    Docker.Result run = Docker.run(null, Duration.ofSeconds(60), "run", "-d", "--name", container,
        "--health-interval=2s", "--health-timeout=3s", "--health-start-period=150s", image);
    assertThat(run.ok()).as("docker run: %s", run.output()).isTrue();
    try {
      String health = PresetRealBuildTest.waitForHealth(container, Duration.ofSeconds(220));
      assertThat(health).as("health; logs:%n%s", Docker.run(null, Duration.ofSeconds(20), "logs", container).output())
          .isEqualTo("healthy");
      assertThat(PresetRealBuildTest.processUid(container)).as("uid of the running process").isNotZero();
      // the application module serves the library module's catalog: both modules were built into the image,
      // on the configured port, and nothing listens on the framework's default
      Docker.Result items = Docker.run(null, Duration.ofSeconds(30), "exec", container,
          "/usr/local/bin/healthprobe", "http://127.0.0.1:9090/items");
      assertThat(items.ok()).as("GET :9090/items: %s", items.output()).isTrue();
      Docker.Result defaultPort = Docker.run(null, Duration.ofSeconds(30), "exec", container,
          "/usr/local/bin/healthprobe", "http://127.0.0.1:8080/actuator/health");
      assertThat(defaultPort.ok()).as("GET :8080/actuator/health: %s", defaultPort.output()).isFalse();
      Docker.Result stop = Docker.run(null, Duration.ofSeconds(30), "stop", "-t", "10", container);
      assertThat(stop.ok()).isTrue();
      assertThat(stop.took()).as("docker stop (SIGTERM must reach the app)").isLessThan(Duration.ofSeconds(3));
      String exit = Docker.run(null, Duration.ofSeconds(20), "inspect", "-f", "{{.State.ExitCode}}", container)
          .output().strip();
      assertThat(exit).as("exit code after docker stop").isNotEqualTo("137");
    } finally {
      Docker.run(null, Duration.ofSeconds(30), "rm", "-f", container);
      Docker.run(null, Duration.ofSeconds(60), "rmi", "-f", image);
    }
  }
}
