package io.github.dockerdsl.examples.realbuild;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A thin wrapper over the docker command line: the 20.10 client, with BuildKit on. */
final class Docker {
  /** The client: $DOCKERDSL_DOCKER, else the 20.10 client at /usr/bin/docker. */
  static final String CLIENT = System.getenv().getOrDefault("DOCKERDSL_DOCKER", "/usr/bin/docker");

  private Docker() {}

  /** The result of one command. */
  record Result(int code, String output, Duration took) {
    boolean ok() {
      return code == 0;
    }
  }

  /** Runs {@code docker args...} in {@code dir} with a time limit; output is stdout and stderr together. */
  static Result run(Path dir, Duration limit, String... args) {
    List<String> command = new ArrayList<>();
    command.add(CLIENT);
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    Map<String, String> env = pb.environment();
    env.put("DOCKER_BUILDKIT", "1");
    long start = System.nanoTime();
    try {
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return new Result(-1, new String(out, StandardCharsets.UTF_8) + "\n(timed out)", limit);
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
          Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      return new Result(-1, e.toString(), Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, e.toString(), Duration.ZERO);
    }
  }

  /** Why no engine can be used here, or empty when one answers. */
  static java.util.Optional<String> unavailable() {
    if (!new java.io.File(CLIENT).canExecute()) {
      return java.util.Optional.of("no docker client at " + CLIENT + " (set DOCKERDSL_DOCKER)");
    }
    Result info = run(null, Duration.ofSeconds(20), "info", "--format", "{{.ServerVersion}}");
    if (!info.ok()) {
      return java.util.Optional.of("the Docker engine does not answer (" + info.output().strip().lines().findFirst()
          .orElse("") + "); start it with .ci/docker-setup.sh");
    }
    return java.util.Optional.empty();
  }
}
