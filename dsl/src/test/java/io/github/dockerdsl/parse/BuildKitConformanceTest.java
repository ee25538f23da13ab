package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.render.DockerfileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs where our parser used to read something else than BuildKit. Each case says what BuildKit's
 * parser reads (checked with {@code buildkit-parse}); {@link #buildkit_agrees} re-checks them against
 * the real parser where it is installed.
 */
class BuildKitConformanceTest {
  private static final Path ORACLE = OracleProcess.ORACLE;

  /** Text BuildKit reads, and how many instructions (FROM included) it reads in it. */
  static Stream<Arguments> read() {
    return Stream.of(
        Arguments.of("FROM a\nENV WINPATH=C:\\\\\nRUN echo done\n", 3),
        Arguments.of("FROM a\nLABEL path=x\\\\\\\nRUN echo done\n", 3),
        Arguments.of("FROM --platform=linux/${TARGETARCH} debian:12\n", 1),
        Arguments.of("FROM --platform=${BUILDPLATFORM:-} debian:12\n", 1),
        Arguments.of("FROM --platform=linux debian:12\n", 1),
        Arguments.of("# syntax=docker/dockerfile:1 extra\nFROM a\n", 1),
        Arguments.of("FROM a AS builder\nFROM a\nRUN --mount=from=builder make\n", 3),
        Arguments.of("#!/usr/bin/env dockerfile\n# escape=`\nFROM a\nRUN x `\n", 2));
  }

  /** Text BuildKit refuses. */
  static Stream<String> refused() {
    return Stream.of("FROM a\nCMD [\"echo\", [\"x\"]]\n", "FROM a\nRUN [1, 2]\n", "FROM a\nENTRYPOINT [\"a\", null]\n");
  }

  @ParameterizedTest
  @MethodSource("read")
  void reads_what_buildkit_reads(String text, int instructions) {
    ParsedDockerfile parsed = DockerfileParser.parse(text);
    int count = 0;
    for (Stage stage : parsed.dockerfile().stages()) {
      count += 1 + (int) stage.instructions().stream()
          .filter(i -> !(i instanceof io.github.dockerdsl.instruction.Comment)).count();
    }
    assertThat(count).isEqualTo(instructions);
  }

  @ParameterizedTest
  @MethodSource("refused")
  void refuses_arrays_of_non_strings(String text) {
    assertThatThrownBy(() -> DockerfileParser.parse(text)).isInstanceOf(DockerfileSyntaxException.class)
        .hasMessageContaining("when using JSON array syntax, arrays must be comprised of strings only; quote every "
            + "element, e.g. [\"echo\", \"1\"]");
  }

  @Test
  void an_escaped_escape_at_the_end_of_a_line_is_text() {
    Instruction env = DockerfileParser.parse("FROM a\nENV WINPATH=C:\\\\\nRUN echo done\n").dockerfile().stages()
        .get(0).instructions().get(0);
    assertThat(env).isInstanceOf(Env.class);
    assertThat(((Env) env).entries().get(0).value()).isEqualTo("C:\\");
  }

  @Test
  void the_syntax_directive_is_its_first_word_and_a_shebang_ends_the_directives() {
    assertThat(DockerfileParser.parse("# syntax=docker/dockerfile:1.7 --extra\nFROM a\n").dockerfile().directives()
        .syntax()).contains("docker/dockerfile:1.7");
    ParsedDockerfile shebang = DockerfileParser.parse("#!/usr/bin/env dockerfile\n# escape=`\nFROM a\nRUN x `\n");
    assertThat(shebang.dockerfile().directives().escape()).isEmpty();
    assertThat(shebang.dockerfile().stages().get(0).instructions()).singleElement().isInstanceOf(Run.class);
  }

  @Test
  void an_instruction_before_from_says_from_is_missing_whatever_its_form() {
    assertThatThrownBy(() -> DockerfileParser.parse("CMD node server.js\nFROM a\n"))
        .isInstanceOf(DockerfileSyntaxException.class).extracting(e -> ((DockerfileSyntaxException) e).problem())
        .isEqualTo("instruction 'CMD' comes before the first FROM; only ARG and comments may precede FROM");
  }

  @Test
  void a_bind_mount_without_target_mounts_at_the_working_directory() {
    Run run = (Run) DockerfileParser.parse("FROM a AS builder\nFROM a\nRUN --mount=from=builder make\n").dockerfile()
        .stages().get(1).instructions().get(0);
    assertThat(run.mounts()).singleElement().satisfies(m -> assertThat(m.targetPath()).contains("."));
  }

  @Test
  void platforms_with_build_args_round_trip() {
    String text = "FROM --platform=linux/${TARGETARCH} debian:12\n";
    assertThat(DockerfileWriter.render(DockerfileParser.parse(text).dockerfile())).isEqualTo(text);
  }

  @Tag("buildkit")
  @Test
  void buildkit_agrees() throws Exception {
    assumeTrue(Files.isExecutable(ORACLE), "BuildKit's parser is not installed at " + ORACLE
        + " (build it with /work/shared/tools/buildkit-parse/build.sh, or pass -Ddockerdsl.buildkitParse=...); skipped");
    for (Arguments a : read().toList()) {
      String out = oracle((String) a.get()[0]);
      assertThat(out).as("BuildKit on %s", a.get()[0]).doesNotContain("\"error\"");
      assertThat(out.split("\"keyword\"", -1).length - 1).as("instructions BuildKit reads in %s", a.get()[0])
          .isEqualTo((int) a.get()[1]);
    }
    for (String text : refused().toList()) {
      assertThat(oracle(text)).as("BuildKit on %s", text).contains("\"error\"");
    }
  }

  private static String oracle(String text) throws IOException, InterruptedException {
    return OracleProcess.output(text);
  }
}
