package io.github.dockerdsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.image.Scratch;
import io.github.dockerdsl.instruction.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageTest {
  @Test
  void from_an_image_with_name_and_platform() {
    Stage stage = Stage.from("golang:1.22").as("build").platform(Platform.BUILDPLATFORM).run("go version").build();
    assertThat(stage.toString()).isEqualTo("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN go version\n");
    assertThat(stage.name()).contains("build");
    assertThat(stage.describe()).isEqualTo("stage 'build'");
  }

  @Test
  void from_scratch_and_from_an_earlier_stage() {
    Stage base = Stage.from("alpine:3.20").as("base").build();
    assertThat(Stage.from("scratch").build().base()).isEqualTo(Scratch.SCRATCH);
    assertThat(Stage.from(base).build().toString()).isEqualTo("FROM base\n");
    assertThat(Stage.from("scratch").build().describe()).isEqualTo("stage FROM scratch");
  }

  @Test
  void every_verb_of_stage_body() {
    Stage stage = Stage.from("debian:bookworm-slim")
        .comment("verbs")
        .arg("A").arg("B", "1")
        .env("E", "v").label("l", "v")
        .workdir("/w").user("app").user(io.github.dockerdsl.instruction.UserSpec.ids(1, 2))
        .expose(80).expose(io.github.dockerdsl.instruction.Port.udp(53))
        .volume("/data").shell("/bin/sh", "-c")
        .run("true").run(io.github.dockerdsl.instruction.Command.exec("true")).run(Run.shell("x"))
        .copy("a", "/a").copy(io.github.dockerdsl.instruction.Copy.of("b", "/b"))
        .add(io.github.dockerdsl.instruction.Add.of("c.tar", "/c/"))
        .stopSignal(io.github.dockerdsl.instruction.Signal.SIGINT)
        .onBuild(Run.shell("y")).raw("MAINTAINER me")
        .healthcheck(io.github.dockerdsl.instruction.Healthcheck.none())
        .entrypoint("/e").cmd("c")
        .instructions(List.of(Run.shell("z")))
        .build();
    assertThat(stage.toString()).isEqualTo(""
        + "FROM debian:bookworm-slim\n"
        + "# verbs\n"
        + "ARG A\n"
        + "ARG B=1\n"
        + "ENV E=v\n"
        + "LABEL l=v\n"
        + "WORKDIR /w\n"
        + "USER app\n"
        + "USER 1:2\n"
        + "EXPOSE 80\n"
        + "EXPOSE 53/udp\n"
        + "VOLUME [\"/data\"]\n"
        + "SHELL [\"/bin/sh\", \"-c\"]\n"
        + "RUN true\n"
        + "RUN [\"true\"]\n"
        + "RUN x\n"
        + "COPY a /a\n"
        + "COPY b /b\n"
        + "ADD c.tar /c/\n"
        + "STOPSIGNAL SIGINT\n"
        + "ONBUILD RUN y\n"
        + "MAINTAINER me\n"
        + "HEALTHCHECK NONE\n"
        + "ENTRYPOINT [\"/e\"]\n"
        + "CMD [\"c\"]\n"
        + "RUN z\n");
    assertThat(stage.origins()).hasSameSizeAs(stage.instructions());
  }

  @Test
  void equality_ignores_origins() {
    Stage a = Stage.from("alpine:3.20").as("a").run("true").build();
    Stage b = Stage.from("alpine:3.20").as("a")
        .run("true").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toBuilder().run("more").build()).isNotEqualTo(a);
  }

  @Test
  void ref_needs_a_name() {
    assertThatThrownBy(() -> Stage.from("alpine:3.20").build().ref())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stage FROM alpine:3.20 has no name, so it cannot be referenced; "
            + "name it with Stage.from(...).as(\"build\")");
  }

  @Test
  void refuses_invalid_names_and_images() {
    assertThatThrownBy(() -> Stage.from("alpine:3.20").as("Build"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage name 'Build' is not a valid stage name; use lower case, e.g. 'build'");
    assertThatThrownBy(() -> Stage.from("Alpine"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'Alpine' has an invalid repository path component 'Alpine'; "
            + "repository names must be lower case");
  }

  @Test
  void replace_instructions_needs_one_origin_each() {
    assertThatThrownBy(() -> Stage.from("alpine:3.20").replaceInstructions(List.of(Run.shell("x")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replacement has 1 instructions but 0 origins; give one origin per instruction");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> Stage.from((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("image == null");
    assertThatThrownBy(() -> Stage.from("alpine:3.20").instruction(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("instruction == null");
  }
}
