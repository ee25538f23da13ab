package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run behind the launcher's startup archive, and what the launcher and it must agree on. */
class StartupArchiveTest {
  @Test
  void training_runs_every_command_including_the_error_paths() throws IOException {
    // lint with a broken file (2), json and sarif (1: the sample has error findings), --show-suppressed (1),
    // fmt --check (1: not canonical), fmt, parse, rules, rules json, help, lint help, version (0), lint alone (2)
    assertThat(StartupArchive.train()).containsExactly(2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 2);
  }

  @Test
  void launcher_starts_java_with_the_options_the_training_run_used() throws IOException {
    String launcher = Files.readString(Path.of("..", "dockerdsl"));
    Matcher m = Pattern.compile("(?m)^options=\\((.*)\\)$").matcher(launcher);
    assertThat(m.find()).as("an options=(...) line in ../dockerdsl").isTrue();
    List<String> options = Arrays.asList(m.group(1).split(" "));
    assertThat(options).isEqualTo(StartupArchive.LAUNCHER_OPTIONS);
  }

  @Test
  void feature_version_comes_from_the_jdk_release_file(@TempDir Path home) throws IOException {
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"\n");
    assertThat(StartupArchive.featureVersion(home)).isEqualTo(25);
  }

  @Test
  void a_jdk_without_release_file_has_no_archive(@TempDir Path home) {
    assertThatThrownBy(() -> StartupArchive.featureVersion(home))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot tell the Java version of " + home + " (no JAVA_VERSION in " + home.resolve("release") + ")");
  }
}
