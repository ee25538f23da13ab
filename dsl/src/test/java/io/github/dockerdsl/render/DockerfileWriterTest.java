package io.github.dockerdsl.render;

import io.github.dockerdsl.rule.Policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Run;
import org.junit.jupiter.api.Test;

class DockerfileWriterTest {
  private static final Dockerfile DF = Dockerfile.builder()
      .stage(Stage.from("alpine:3.20").as("app").run("echo hi").cmd("sh").build()).build(Policy.none());

  @Test
  void renders_a_dockerfile_with_lf_and_a_trailing_newline() {
    String text = DockerfileWriter.render(DF);
    assertThat(text).isEqualTo("FROM alpine:3.20 AS app\nRUN echo hi\nCMD [\"sh\"]\n").isEqualTo(DF.toString());
  }

  @Test
  void renders_a_stage_and_an_instruction() {
    assertThat(DockerfileWriter.render(DF.finalStage())).isEqualTo("FROM alpine:3.20 AS app\nRUN echo hi\nCMD [\"sh\"]\n");
    assertThat(DockerfileWriter.render(Run.shell("true"))).isEqualTo("RUN true");
  }

  @Test
  void a_blank_line_separates_directives_preamble_and_stages_but_never_two() {
    Dockerfile df = Dockerfile.builder().syntax("docker/dockerfile:1").globalArg("A", "1")
        .stage(Stage.from("alpine:3.20").as("a").build())
        .stage(Stage.from("alpine:3.20").as("b").build()).build(Policy.none());
    assertThat(df.toString()).isEqualTo(
        "# syntax=docker/dockerfile:1\n\nARG A=1\n\nFROM alpine:3.20 AS a\n\nFROM alpine:3.20 AS b\n");
  }
}
