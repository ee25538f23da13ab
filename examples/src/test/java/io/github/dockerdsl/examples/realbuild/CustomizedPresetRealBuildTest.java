package io.github.dockerdsl.examples.realbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.presets.CommonOptions;
import io.github.dockerdsl.presets.NodeOptions;
import io.github.dockerdsl.presets.NodePreset;
import io.github.dockerdsl.presets.RuntimeFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds and runs the Node preset with the declarative options of issue 16 (tini, an extra runtime
 * package, an extra file with owner and mode, ENV) on an app that does not handle SIGTERM and leaves
 * an orphaned child process: with tini as PID 1 it turns healthy, its zombie is reaped, and
 * {@code docker stop} stops it at once instead of killing it after the timeout. Skipped where no engine runs.
 */
@Tag("docker")
class CustomizedPresetRealBuildTest {
  private static final String RUN = "run" + ProcessHandle.current().pid();

  /** No SIGTERM handler (as PID 1 node would ignore SIGTERM), and a child whose own child is orphaned. */
  private static final String SERVER = """
      'use strict';
      const fs = require('node:fs');
      const http = require('node:http');
      const { spawn } = require('node:child_process');
      const config = JSON.parse(fs.readFileSync('/etc/demo/demo.json', 'utf8'));
      // sh exits at once; its background sleep is re-parented to PID 1, which must reap it when it ends
      spawn('sh', ['-c', 'sleep 1 &'], { stdio: 'ignore' });
      http.createServer((req, res) => {
        res.writeHead(req.url === '/health' ? 200 : 404, { 'content-type': 'text/plain' });
        res.end(config.name + ' ' + process.env.DEMO_GREETING + '\\n');
      }).listen(3000);
      """;

  @BeforeAll
  static void engine() {
    Optional<String> why = Docker.unavailable();
    Assumptions.assumeTrue(why.isEmpty(), () -> "skipping real builds: " + why.orElse(""));
  }

  @Test
  void tini_an_extra_package_and_an_extra_file_build_run_turn_healthy_and_stop_cleanly(@TempDir Path context)
      throws IOException, InterruptedException {
    // the sample app's manifests (one production dependency, from the npm registry), with a server of our own
    Path sample = Path.of("apps/node").toAbsolutePath();
    Files.copy(sample.resolve("package.json"), context.resolve("package.json"));
    Files.copy(sample.resolve("package-lock.json"), context.resolve("package-lock.json"));
    Files.writeString(context.resolve("index.js"), SERVER);
    Files.createDirectories(context.resolve("config"));
    Files.writeString(context.resolve("config/demo.json"), "{\"name\": \"demo\"}\n");
    NodePreset preset = NodePreset.of(NodeOptions.builder().tini()
        .common(CommonOptions.DEFAULTS.withTarget(SyntaxVersion.ENGINE_20_10, false).withTitle("tini-demo")
            .withRuntimePackages("procps")
            .withRuntimeFile(RuntimeFile.of("config/demo.json", "/etc/demo/demo.json")
                .ownedBy(UserSpec.ids(10001, 10001)).withMode("0440"))
            .withEnv("DEMO_GREETING", "hello"))
        .build());
    Files.writeString(context.resolve("Dockerfile"), preset.toDockerfile().toString());
    Files.writeString(context.resolve(".dockerignore"), preset.toDockerIgnore().toString());
    String image = "dockerdsl-it/tini-demo:" + RUN;
    String container = "dockerdsl-it-tini-demo-" + RUN;

    Docker.Result build = Docker.run(context, Duration.ofMinutes(15), "build", "--progress=plain", "-t", image, ".");
    assertThat(build.ok()).as("docker build:%n%s", build.output()).isTrue();
    Docker.run(null, Duration.ofSeconds(30), "rm", "-f", container);
    try {
      Docker.Result run = Docker.run(null, Duration.ofSeconds(60), "run", "-d", "--name", container,
          "--health-interval=2s", "--health-timeout=3s", "--health-start-period=20s", image);
      assertThat(run.ok()).as("docker run: %s", run.output()).isTrue();
      assertThat(PresetRealBuildTest.waitForHealth(container, Duration.ofSeconds(60))).as("health; logs:%n%s",
          Docker.run(null, Duration.ofSeconds(20), "logs", container).output()).isEqualTo("healthy");

      // procps is the extra package: ps is there, and shows tini as PID 1 with node under it
      assertThat(exec(container, "ps", "-o", "comm=", "-p", "1")).isEqualTo("tini");
      Thread.sleep(2000); // the orphaned sleep has ended by now: tini has reaped it, nothing is left a zombie
      assertThat(exec(container, "ps", "-eo", "stat=,comm=")).doesNotContainPattern("(?m)^Z");
      assertThat(exec(container, "stat", "-c", "%a %u:%g", "/etc/demo/demo.json")).isEqualTo("440 10001:10001");
      assertThat(exec(container, "printenv", "DEMO_GREETING")).isEqualTo("hello");

      // without a handler, node as PID 1 would ignore SIGTERM until the 10 s timeout and a SIGKILL (exit 137)
      Docker.Result stop = Docker.run(null, Duration.ofSeconds(30), "stop", "-t", "10", container);
      assertThat(stop.ok()).as("docker stop: %s", stop.output()).isTrue();
      assertThat(stop.took()).as("docker stop (tini forwards SIGTERM to node)").isLessThan(Duration.ofSeconds(5));
      assertThat(Docker.run(null, Duration.ofSeconds(20), "inspect", "-f", "{{.State.ExitCode}}", container)
          .output().strip()).as("exit code after docker stop").isNotEqualTo("137");
    } finally {
      Docker.run(null, Duration.ofSeconds(30), "rm", "-f", container);
      Docker.run(null, Duration.ofSeconds(60), "rmi", "-f", image);
    }
  }

  private static String exec(String container, String... argv) {
    String[] args = new String[argv.length + 2];
    args[0] = "exec";
    args[1] = container;
    System.arraycopy(argv, 0, args, 2, argv.length);
    Docker.Result r = Docker.run(null, Duration.ofSeconds(20), args);
    assertThat(r.ok()).as("docker exec %s: %s", String.join(" ", argv), r.output()).isTrue();
    return r.output().strip();
  }
}
