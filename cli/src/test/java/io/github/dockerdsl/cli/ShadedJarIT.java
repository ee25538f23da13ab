package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the self-contained jar as a real process, as users and the {@code ./dockerdsl} launcher do. A
 * failsafe test in {@code verify}: surefire runs before {@code package} makes the jar.
 */
class ShadedJarIT {
  @Test
  void shaded_jar_runs_rules_as_a_process() throws IOException, InterruptedException {
    String property = System.getProperty("dockerdsl.jar", "target/dockerdsl-cli-0.1.0-SNAPSHOT-all.jar");
    Path jar = Path.of(property);
    Assumptions.assumeTrue(Files.isRegularFile(jar),
        "skipped: the shaded jar " + jar + " is not built; run ./mvnw -B -pl cli -am verify");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "rules")
        .redirectErrorStream(false).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isEqualTo(0);
    assertThat(err).isEmpty();
    assertThat(out).startsWith("DF001  PinnedBaseImage");
  }

  @Test
  void bash_completion_script_is_generated_at_build_time() throws IOException {
    Path script = Path.of(System.getProperty("dockerdsl.jar", "target/x")).resolveSibling("dockerdsl_completion");
    Assumptions.assumeTrue(Files.isRegularFile(script), "skipped: " + script + " is not built");
    assertThat(Files.readString(script)).contains("complete -F _complete_dockerdsl", "fmt", "parse", "init");
  }
}
