package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbsoluteWorkdirTest {
  @Test
  void relative_workdir_is_reported_with_the_absolute_path() {
    assertThat(Findings.violations(Rules.ABSOLUTE_WORKDIR,
        Dockerfile.builder().stage(Stage.from("node:20").as("build").workdir("./app").build())))
        .singleElement().satisfies(v -> {
          assertThat(v.location().stageIndex()).isZero();
          assertThat(v.location().instructionIndex()).isZero();
          assertThat(v.message()).isEqualTo(
              "WORKDIR './app' is relative, so where it lands depends on the WORKDIR of the base image");
          assertThat(v.fix()).isEqualTo("give an absolute path, e.g. .workdir(\"/app\")");
        });
  }

  @Test
  void onbuild_workdir_is_checked() {
    assertThat(Findings.of(Rules.ABSOLUTE_WORKDIR, Stage.from("node:20").onBuild(Workdir.of("src")))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/app", "$HOME/app", "${APP_DIR}", "C:/app", "/"})
  void absolute_paths_are_fine(String path) {
    assertThat(Findings.of(Rules.ABSOLUTE_WORKDIR, Stage.from("node:20").workdir(path))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"WORKDIR \"/srv/app\"", "WORKDIR '/srv/app'", "WORKDIR 'C:\\'", "WORKDIR \"${DIR}\"",
      "WORKDIR \"C:/app\""})
  void quoted_absolute_paths_are_read_without_their_quotes(String workdir) {
    assertThat(ParsedFindings.of(Rules.ABSOLUTE_WORKDIR, "FROM node:20\nARG DIR=/srv\n" + workdir + "\n")).isEmpty();
  }

  @Test
  void a_quoted_relative_path_is_read_as_buildkit_reads_it_and_is_still_relative() {
    assertThat(ParsedFindings.violations(Rules.ABSOLUTE_WORKDIR, "FROM node:20\nWORKDIR \"app\"\n"))
        .singleElement().satisfies(v -> {
          assertThat(v.message()).isEqualTo(
              "WORKDIR 'app' is relative, so where it lands depends on the WORKDIR of the base image");
          assertThat(v.fix()).isEqualTo("give an absolute path, e.g. WORKDIR /app");
        });
  }
}
